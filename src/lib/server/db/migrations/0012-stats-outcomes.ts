import type { Kysely } from 'kysely';

const outcomeColumns = [
	['services', 'text'],
	['stuck_reasons', 'text'],
	['client_groups', 'text'],
	['help_wanted', 'text'],
	['given', 'text'],
	['rating', 'integer'],
	['meeting_day', 'text']
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
	// What the support achieved (issue 16): each consultation's outcome codes in its facts row.
	for (const [column, type] of outcomeColumns) {
		await db.schema.alterTable('stats_facts').addColumn(column, type).execute();
	}
	// Deleted cases keep their outcome codes as separate monthly counts, one per code, never a
	// case's combination of them.
	await db.schema
		.createTable('stats_monthly_codes')
		.addColumn('key', 'text', (col) => col.primaryKey())
		.addColumn('month', 'text', (col) => col.notNull())
		.addColumn('county_id', 'text', (col) => col.notNull())
		.addColumn('figure', 'text', (col) => col.notNull())
		.addColumn('code', 'text', (col) => col.notNull())
		.addColumn('count', 'integer', (col) => col.notNull())
		.execute();
	await db.schema
		.createIndex('stats_monthly_codes_range')
		.on('stats_monthly_codes')
		.columns(['county_id', 'month'])
		.execute();
	// The facts (and the month groups counted from them) are rebuilt from the records at the
	// next catch-up, which reads every change again.
	await db.deleteFrom('stats_facts').execute();
	await db.deleteFrom('stats_month_groups').execute();
	await db.updateTable('counters').set({ value: 0 }).where('name', '=', 'stats_facts').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('stats_monthly_codes').execute();
	for (const [column] of outcomeColumns) {
		await db.schema.alterTable('stats_facts').dropColumn(column).execute();
	}
}
