import type { Kysely, Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AuditAction } from '../audit';
import { reserveSeq } from '../db/counters';
import type { Database } from '../db/schema';
import { DEMO_MANIFEST, DEMO_MARKER, type FoundDemoData } from './found';

type Trx = Transaction<Database>;

type AuthTables = {
	auth_account: { userId: string };
};

const BATCH = 500;

/**
 * Removes what `findDemoData` found, in one transaction: all of it or, on any error, none.
 * Records and directory entries become tombstones with a new seq, as a sync delete or a
 * retirement does, so every device deletes its copy at its next pull and the statistics
 * catch up by seq; the accounts go with their password, sessions, devices and sync state;
 * the demo's retention settings go back to the defaults; the markers go, so a later
 * DEMO_DATA=true loads afresh. Each removal is in the audit log (`demo.remove`).
 */
export async function removeDemoData(db: Kysely<Database>, found: FoundDemoData) {
	const demoIds = found.accounts.map((account) => account.id);
	await db.transaction().execute(async (trx) => {
		if (demoIds.length > 0) await tombstoneRecords(trx, demoIds);
		await retireDirectory(
			trx,
			found.directory.map((entry) => entry.id)
		);
		if (demoIds.length > 0) {
			await trx.deleteFrom('sync_quarantine').where('user_id', 'in', demoIds).execute();
			await trx.deleteFrom('sync_clients').where('user_id', 'in', demoIds).execute();
			await trx.deleteFrom('devices').where('user_id', 'in', demoIds).execute();
			await trx.deleteFrom('auth_session').where('userId', 'in', demoIds).execute();
			await trx
				.withTables<AuthTables>()
				.deleteFrom('auth_account')
				.where('userId', 'in', demoIds)
				.execute();
			await trx.deleteFrom('auth_user').where('id', 'in', demoIds).execute();
			await removed(
				trx,
				demoIds.map((id) => ({ table: 'auth_user', id }))
			);
		}
		if (found.retentionKinds.length > 0) {
			await trx
				.deleteFrom('retention_settings')
				.where('kind', 'in', found.retentionKinds)
				.execute();
		}
		await trx.deleteFrom('app_meta').where('key', 'in', [DEMO_MARKER, DEMO_MANIFEST]).execute();
	});
}

/** Every live record of the demo accounts becomes a tombstone (deleted, data purged). */
async function tombstoneRecords(trx: Trx, demoIds: string[]) {
	const at = new Date().toISOString();
	for (;;) {
		const rows = await trx
			.selectFrom('records')
			.select(['id', 'kind', 'version'])
			.where('owner_id', 'in', demoIds)
			.where('deleted', '=', 0)
			.orderBy('id')
			.limit(BATCH)
			.execute();
		if (rows.length === 0) return;
		const first = await reserveSeq(trx, rows.length);
		for (const [index, row] of rows.entries()) {
			await trx
				.updateTable('records')
				.set({
					deleted: 1,
					flagged: 0,
					data: null,
					version: row.version + 1,
					seq: first + index,
					updated_at: at
				})
				.where('id', '=', row.id)
				.execute();
		}
		await removed(
			trx,
			rows.map((row) => ({ table: row.kind, id: row.id }))
		);
		// A conflict row holds a copy of a field's value: it goes with the record.
		await trx
			.deleteFrom('sync_conflicts')
			.where(
				'record_id',
				'in',
				rows.map((row) => row.id)
			)
			.execute();
	}
}

/** Directory entries are retired as an admin's retirement does: a tombstone with a new seq. */
async function retireDirectory(trx: Trx, ids: string[]) {
	const at = new Date().toISOString();
	for (let start = 0; start < ids.length; start += BATCH) {
		const rows = await trx
			.selectFrom('directory_entries')
			.select(['id', 'version'])
			.where('id', 'in', ids.slice(start, start + BATCH))
			.where('deleted', '=', 0)
			.execute();
		if (rows.length === 0) continue;
		const first = await reserveSeq(trx, rows.length);
		for (const [index, row] of rows.entries()) {
			await trx
				.updateTable('directory_entries')
				.set({
					deleted: 1,
					data: null,
					version: row.version + 1,
					seq: first + index,
					updated_at: at
				})
				.where('id', '=', row.id)
				.execute();
		}
		await removed(
			trx,
			rows.map((row) => ({ table: 'directory_entries', id: row.id }))
		);
	}
}

/** One audit row per removed thing, written in batches (the audit log's own shape). */
async function removed(trx: Trx, items: { table: string; id: string }[]) {
	const action: AuditAction = 'demo.remove';
	const at = new Date().toISOString();
	for (let start = 0; start < items.length; start += 200) {
		await trx
			.insertInto('audit_log')
			.values(
				items.slice(start, start + 200).map((item) => ({
					id: uuidv7(),
					at,
					actor_id: null,
					action,
					client_id: null,
					record_table: item.table,
					record_id: item.id,
					fields: null,
					address: null,
					outcome: 'ok'
				}))
			)
			.execute();
	}
}
