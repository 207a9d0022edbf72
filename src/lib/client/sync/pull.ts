import { RecordsPage } from '$lib/domain/api/sync';
import { sensitiveFields, type RecordTable } from '$lib/domain/sensitive-fields';
import { apiRequest } from '../api/http';
import { encryptFields } from '../crypto/fields';
import { isRecordTable, recordTables, type RecDb, type RecordRow } from '../db/rec-db';

const CURSOR = 'recordsCursor';

/**
 * Pulls record changes page by page. A row with pending local changes keeps them: the
 * server's version is stored underneath and the pending fields stay on top (rebase), so
 * nothing typed on the device is overwritten while it waits to be sent.
 */
export async function pullRecords(db: RecDb, key: CryptoKey): Promise<number> {
	let cursor = (await db.meta.get(CURSOR))?.value as string | undefined;
	let received = 0;
	for (;;) {
		const query = cursor ? `&since=${encodeURIComponent(cursor)}` : '';
		const page = await apiRequest(`/api/v1/sync/pull?scope=records${query}`, RecordsPage);
		if (page.reset) {
			cursor = undefined;
			await db.meta.delete(CURSOR);
			continue;
		}
		// Encrypt before the transaction: Web Crypto cannot run inside an IndexedDB transaction.
		const prepared = await Promise.all(
			page.changes.map(async (change) => ({
				change,
				data: change.data
					? await encryptFields(
							key,
							change.data,
							(sensitiveFields[change.table as RecordTable] ?? []).filter(
								(name) => name in change.data!
							)
						)
					: null
			}))
		);
		const tables = recordTables.map((name) => db.table(name));
		await db.transaction('rw', [...tables, db.outbox, db.meta], async () => {
			for (const { change, data } of prepared) {
				if (!isRecordTable(change.table)) continue;
				const table = db.table<RecordRow, string>(change.table);
				if (change.deleted || !data) {
					await table.delete(change.id);
					continue;
				}
				const pending = await db.outbox
					.where('[table+id]')
					.equals([change.table, change.id])
					.toArray();
				const onTop = Object.assign({}, ...pending.map((entry) => entry.fields));
				await table.put({
					...data,
					...onTop,
					id: change.id,
					version: change.version,
					flagged: change.flagged,
					updatedAt: new Date().toISOString()
				});
			}
			await db.meta.put({ key: CURSOR, value: page.cursor });
		});
		received += page.changes.length;
		cursor = page.cursor;
		if (!page.hasMore) return received;
	}
}
