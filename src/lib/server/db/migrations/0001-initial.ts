import type { Kysely } from 'kysely';

// Migrations use only the schema builder's portable types so one set serves SQLite and PostgreSQL.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('app_meta')
		.addColumn('key', 'text', (col) => col.primaryKey())
		.addColumn('value', 'text', (col) => col.notNull())
		.execute();

	// One counter for the change sequence: incremented inside each writing transaction, so a
	// pull by `seq` can never skip a change that committed late.
	await db.schema
		.createTable('counters')
		.addColumn('name', 'text', (col) => col.primaryKey())
		.addColumn('value', 'bigint', (col) => col.notNull())
		.execute();
	await db.insertInto('counters').values({ name: 'seq', value: 0 }).execute();

	await db.schema
		.createTable('experts')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('name', 'text', (col) => col.notNull())
		.addColumn('title', 'text', (col) => col.notNull())
		.addColumn('organisation', 'text', (col) => col.notNull())
		.addColumn('county_id', 'text', (col) => col.notNull())
		.addColumn('expertise', 'text', (col) => col.notNull())
		.addColumn('languages', 'text', (col) => col.notNull())
		.addColumn('phone', 'text')
		.addColumn('email', 'text')
		.addColumn('availability', 'text')
		.addColumn('version', 'integer', (col) => col.notNull())
		.addColumn('seq', 'bigint', (col) => col.notNull())
		.addColumn('updated_at', 'text', (col) => col.notNull())
		.addColumn('deleted', 'integer', (col) => col.notNull().defaultTo(0))
		.execute();
	await db.schema.createIndex('experts_seq').on('experts').column('seq').execute();
	await db.schema.createIndex('experts_county').on('experts').column('county_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('experts').execute();
	await db.schema.dropTable('counters').execute();
	await db.schema.dropTable('app_meta').execute();
}
