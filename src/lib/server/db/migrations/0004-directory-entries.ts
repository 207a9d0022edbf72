import type { Kysely } from 'kysely';

// The reference directory (experts, groups, units, organisations, services) as validated JSON
// documents in one table: one change sequence for every kind makes the pull a single query.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('directory_entries')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('kind', 'text', (col) => col.notNull())
		.addColumn('county_id', 'text')
		.addColumn('version', 'integer', (col) => col.notNull())
		.addColumn('seq', 'bigint', (col) => col.notNull())
		.addColumn('deleted', 'integer', (col) => col.notNull().defaultTo(0))
		.addColumn('updated_at', 'text', (col) => col.notNull())
		.addColumn('data', 'text')
		.execute();
	await db.schema
		.createIndex('directory_entries_seq')
		.on('directory_entries')
		.column('seq')
		.execute();
	await db.schema
		.createIndex('directory_entries_kind')
		.on('directory_entries')
		.columns(['kind', 'county_id'])
		.execute();
	// The first sketch of the expert bank held only demo rows; the directory replaces it.
	await db.schema.dropTable('experts').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('directory_entries').execute();
}
