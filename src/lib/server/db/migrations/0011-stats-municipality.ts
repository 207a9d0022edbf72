import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
	// Statistics by municipality: the facts, the month groups and the kept monthly totals carry
	// the record's municipality (a code; null when none was recorded).
	for (const table of ['stats_facts', 'stats_month_groups', 'stats_monthly']) {
		await db.schema.alterTable(table).addColumn('municipality_id', 'text').execute();
	}
	// The facts and month groups are rebuilt from the records (their next catch-up reads every
	// change again); the monthly totals of deleted records cannot be, and stay without one.
	await db.deleteFrom('stats_facts').execute();
	await db.deleteFrom('stats_month_groups').execute();
	await db.updateTable('counters').set({ value: 0 }).where('name', '=', 'stats_facts').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['stats_facts', 'stats_month_groups', 'stats_monthly']) {
		await db.schema.alterTable(table).dropColumn('municipality_id').execute();
	}
}
