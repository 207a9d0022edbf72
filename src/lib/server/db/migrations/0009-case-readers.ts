import type { Kysely } from 'kysely';

/** What a stored consultation or timeline entry adds to the new columns and table. */
function derive(row: { id: string; kind: string; owner_id: string; data: string | null }) {
	const data = row.data ? (JSON.parse(row.data) as Record<string, unknown>) : null;
	if (row.kind === 'consultations') {
		const keys = data ? [...((data.assigneeIds as string[]) ?? []), data.groupId] : [];
		return {
			caseId: row.id,
			expertsRead: 'yes',
			readers: [...new Set(keys.filter((key): key is string => typeof key === 'string'))]
		};
	}
	const caseId = typeof data?.consultationId === 'string' ? data.consultationId : null;
	// What the requester reads (no expert has written a note yet): the rule of case-readers.ts.
	const shown = !!data && (data.forRequester === true || data.createdBy === row.owner_id);
	return { caseId, expertsRead: shown || !data ? 'yes' : 'never', readers: [] };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
	// The case a record belongs to (a consultation its own id, a timeline entry its
	// consultation's), so that an expert's pull finds a case's records through an index.
	await db.schema.alterTable('records').addColumn('case_id', 'text').execute();
	await db.schema.createIndex('records_case').on('records').columns(['case_id', 'seq']).execute();
	// Whether the experts of a case read this record of it: 'yes', 'never' (a coordinators'
	// internal note), 'no-longer' (it was shown once: their devices are sent a removal).
	await db.schema
		.alterTable('records')
		.addColumn('experts_read', 'text', (col) => col.notNull().defaultTo('yes'))
		.execute();
	// Who needs to know a case (server/sync/case-readers.ts): an assigned expert's or the
	// group's directory id, 'yes' while assigned, 'no-longer' after (their devices are sent
	// removals of the case and its timeline).
	await db.schema
		.createTable('case_readers')
		.addColumn('case_id', 'text', (col) => col.notNull())
		.addColumn('reader_id', 'text', (col) => col.notNull())
		.addColumn('reads', 'text', (col) => col.notNull())
		.addPrimaryKeyConstraint('case_readers_pk', ['case_id', 'reader_id'])
		.execute();
	await db.schema
		.createIndex('case_readers_reader')
		.on('case_readers')
		.columns(['reader_id', 'case_id'])
		.execute();

	// Existing cases and timelines. No expert has signed in yet, so no seq needs to move.
	let after = '';
	for (;;) {
		const rows: { id: string; kind: string; owner_id: string; data: string | null }[] = await db
			.selectFrom('records')
			.select(['id', 'kind', 'owner_id', 'data'])
			.where('kind', 'in', ['consultations', 'consultation_events'])
			.where('id', '>', after)
			.orderBy('id')
			.limit(1000)
			.execute();
		if (rows.length === 0) break;
		after = rows[rows.length - 1]!.id;
		for (const row of rows) {
			const { caseId, expertsRead, readers } = derive(row);
			await db
				.updateTable('records')
				.set({ case_id: caseId, experts_read: expertsRead })
				.where('id', '=', row.id)
				.execute();
			if (readers.length === 0) continue;
			await db
				.insertInto('case_readers')
				.values(readers.map((reader) => ({ case_id: row.id, reader_id: reader, reads: 'yes' })))
				.execute();
		}
	}
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('case_readers').execute();
	await db.schema.dropIndex('records_case').execute();
	await db.schema.alterTable('records').dropColumn('experts_read').execute();
	await db.schema.alterTable('records').dropColumn('case_id').execute();
}
