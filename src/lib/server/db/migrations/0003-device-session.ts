import type { Kysely } from 'kysely';

// The session a device signed in with: revoking the device ends that session too, so a
// stolen phone's cookie is useless even without the device id header.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('devices').addColumn('session_id', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('devices').dropColumn('session_id').execute();
}
