import type { Kysely } from 'kysely';

/**
 * Why a change was refused, as the code a device translates (domain/sync/refusal.ts), beside
 * the sentence kept before: a retry whose first answer was lost is told it again. Refusals
 * stored before have none; the device shows those by the general sentence.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('sync_quarantine').addColumn('reason_code', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('sync_quarantine').dropColumn('reason_code').execute();
}
