import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
	// The server's epoch (server/sync/epoch.ts): made here, changed by every restore.
	const id = randomBytes(12).toString('base64url');
	await db
		.insertInto('app_meta')
		.values({ key: 'sync_epoch', value: JSON.stringify({ id, n: 1 }) })
		.onConflict((oc) => oc.column('key').doNothing())
		.execute();
	// The epoch a device's last_mid belongs to: after a restore the device's numbering restarts.
	await db.schema.alterTable('sync_clients').addColumn('epoch', 'text').execute();
	await db.updateTable('sync_clients').set({ epoch: id }).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('sync_clients').dropColumn('epoch').execute();
	await db.deleteFrom('app_meta').where('key', '=', 'sync_epoch').execute();
}
