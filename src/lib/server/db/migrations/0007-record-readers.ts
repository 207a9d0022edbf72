import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
	// Whether the record's owner may read it without a coordinator's access to its county
	// (record-kinds.ts): 'yes'; 'never' (a coordinators' internal note on the requester's case:
	// never sent to the requester); 'no-longer' (it was readable once: the requester's devices
	// are sent a removal). Kept on tombstones, so a deleted internal note stays unsent too.
	await db.schema
		.alterTable('records')
		.addColumn('owner_reads', 'text', (col) => col.notNull().defaultTo('yes'))
		.execute();

	// The records an audit row concerns beyond its own record_id: each record a device
	// received in a pull page and the case it belongs to, and the case of a timeline entry
	// written. Answers "who has seen this case?" through an index (audit-query.ts).
	await db.schema
		.createTable('audit_records')
		.addColumn('record_id', 'text', (col) => col.notNull())
		.addColumn('audit_id', 'text', (col) => col.notNull())
		.addPrimaryKeyConstraint('audit_records_pk', ['record_id', 'audit_id'])
		.execute();

	// Until now every timeline entry of a requester's case reached the requester's phone, the
	// coordinators' internal notes too. Those are 'no-longer' theirs to read, with a new seq,
	// so each such phone is sent a removal at its next pull.
	const hidden: string[] = [];
	let after = '';
	for (;;) {
		const rows: { id: string; owner_id: string; data: string | null }[] = await db
			.selectFrom('records')
			.select(['id', 'owner_id', 'data'])
			.where('kind', '=', 'consultation_events')
			.where('deleted', '=', 0)
			.where('id', '>', after)
			.orderBy('id')
			.limit(1000)
			.execute();
		if (rows.length === 0) break;
		after = rows[rows.length - 1]!.id;
		for (const row of rows) {
			const data = row.data ? (JSON.parse(row.data) as Record<string, unknown>) : {};
			if (data.forRequester !== true && data.createdBy !== row.owner_id) hidden.push(row.id);
		}
	}
	if (hidden.length === 0) return;
	const counter = await db
		.updateTable('counters')
		.set({ value: sql`value + ${hidden.length}` })
		.where('name', '=', 'seq')
		.returning('value')
		.executeTakeFirstOrThrow();
	const first = Number(counter.value) - hidden.length + 1;
	for (const [index, id] of hidden.entries()) {
		await db
			.updateTable('records')
			.set({ owner_reads: 'no-longer', seq: first + index })
			.where('id', '=', id)
			.execute();
	}
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('audit_records').execute();
	await db.schema.alterTable('records').dropColumn('owner_reads').execute();
}
