import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
	// The countable fields of each record (no free text), kept level with `records` by seq so
	// statistics group 100 000 contacts in SQL instead of parsing their JSON.
	await db.schema
		.createTable('stats_facts')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('kind', 'text', (col) => col.notNull())
		.addColumn('seq', 'bigint', (col) => col.notNull())
		.addColumn('deleted', 'integer', (col) => col.notNull().defaultTo(0))
		.addColumn('county_id', 'text')
		.addColumn('day', 'text')
		.addColumn('at', 'text')
		.addColumn('contact_kind', 'text')
		.addColumn('source_type', 'text')
		.addColumn('channel', 'text')
		.addColumn('themes', 'text')
		.addColumn('actions', 'text')
		.addColumn('status', 'text')
		.addColumn('stage', 'text')
		.addColumn('parent_id', 'text')
		.addColumn('closed_at', 'text')
		.execute();
	await db.schema
		.createIndex('stats_facts_range')
		.on('stats_facts')
		.columns(['kind', 'county_id', 'day'])
		.execute();
	await db.schema.createIndex('stats_facts_parent').on('stats_facts').column('parent_id').execute();

	// Live contacts counted by month and by everything the figures count, kept level with
	// stats_facts: a year's statistics read a few thousand groups, not 100 000 rows.
	await db.schema
		.createTable('stats_month_groups')
		.addColumn('key', 'text', (col) => col.primaryKey())
		.addColumn('county_id', 'text', (col) => col.notNull())
		.addColumn('month', 'text', (col) => col.notNull())
		.addColumn('contact_kind', 'text')
		.addColumn('source_type', 'text')
		.addColumn('channel', 'text')
		.addColumn('themes', 'text')
		.addColumn('actions', 'text')
		.addColumn('count', 'integer', (col) => col.notNull())
		.execute();
	await db.schema
		.createIndex('stats_month_groups_range')
		.on('stats_month_groups')
		.columns(['county_id', 'month'])
		.execute();

	// Monthly totals of records the retention job deleted, so statistics of the past survive.
	await db.schema
		.createTable('stats_monthly')
		.addColumn('key', 'text', (col) => col.primaryKey())
		.addColumn('kind', 'text', (col) => col.notNull())
		.addColumn('month', 'text', (col) => col.notNull())
		.addColumn('county_id', 'text', (col) => col.notNull())
		.addColumn('contact_kind', 'text')
		.addColumn('source_type', 'text')
		.addColumn('channel', 'text')
		.addColumn('themes', 'text')
		.addColumn('actions', 'text')
		.addColumn('status', 'text')
		.addColumn('stage', 'text')
		.addColumn('days_to_plan', 'double precision')
		.addColumn('count', 'integer', (col) => col.notNull())
		.execute();
	await db.schema
		.createIndex('stats_monthly_range')
		.on('stats_monthly')
		.columns(['kind', 'county_id', 'month'])
		.execute();

	// How long each record type is kept (months); a missing row means the default.
	await db.schema
		.createTable('retention_settings')
		.addColumn('kind', 'text', (col) => col.primaryKey())
		.addColumn('months', 'integer', (col) => col.notNull())
		.addColumn('updated_at', 'text', (col) => col.notNull())
		.addColumn('updated_by', 'text')
		.execute();

	// Scheduled jobs: a lease row so that one process at a time runs each, and the last run.
	await db.schema
		.createTable('job_runs')
		.addColumn('name', 'text', (col) => col.primaryKey())
		.addColumn('lease_holder', 'text')
		.addColumn('lease_until', 'text')
		.addColumn('last_started_at', 'text')
		.addColumn('last_finished_at', 'text')
		.addColumn('last_result', 'text')
		.execute();

	// How far stats_facts has read the records' change sequence.
	await db.insertInto('counters').values({ name: 'stats_facts', value: 0 }).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
	await db.deleteFrom('counters').where('name', '=', 'stats_facts').execute();
	for (const table of [
		'job_runs',
		'retention_settings',
		'stats_monthly',
		'stats_month_groups',
		'stats_facts'
	]) {
		await db.schema.dropTable(table).execute();
	}
}
