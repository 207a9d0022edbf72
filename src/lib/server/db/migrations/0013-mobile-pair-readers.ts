import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
	// The mobile pair of a county reads its open cases (domain/need-to-know.ts): each sent case
	// gets the reader id of its county's mobile pair, and it and its timeline new seqs, so that
	// the devices of a mobile pair already past those rows receive them at their next pull.
	// Cases closed since are left to the experts' access job; drafts are nobody's to prepare.
	const open: { id: string; county: string }[] = [];
	let after = '';
	for (;;) {
		const rows: { id: string; county_id: string; data: string | null }[] = await db
			.selectFrom('records')
			.select(['id', 'county_id', 'data'])
			.where('kind', '=', 'consultations')
			.where('deleted', '=', 0)
			.where('id', '>', after)
			.orderBy('id')
			.limit(1000)
			.execute();
		if (rows.length === 0) break;
		after = rows[rows.length - 1]!.id;
		for (const row of rows) {
			const data = row.data ? (JSON.parse(row.data) as Record<string, unknown>) : {};
			if (data.status === 'submitted') open.push({ id: row.id, county: row.county_id });
		}
	}
	for (const { id, county } of open) {
		await db
			.insertInto('case_readers')
			.values({ case_id: id, reader_id: `mobile-pair:${county}`, reads: 'yes' })
			.onConflict((oc) => oc.columns(['case_id', 'reader_id']).doNothing())
			.execute();
		const entries: { id: string }[] = await db
			.selectFrom('records')
			.select('id')
			.where('case_id', '=', id)
			.orderBy('seq')
			.execute();
		if (entries.length === 0) continue;
		const counter = await db
			.updateTable('counters')
			.set({ value: sql`value + ${entries.length}` })
			.where('name', '=', 'seq')
			.returning('value')
			.executeTakeFirstOrThrow();
		const first = Number(counter.value) - entries.length + 1;
		for (const [index, entry] of entries.entries()) {
			await db
				.updateTable('records')
				.set({ seq: first + index })
				.where('id', '=', entry.id)
				.execute();
		}
	}
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
	await db.deleteFrom('case_readers').where('reader_id', 'like', 'mobile-pair:%').execute();
}
