import { sensitiveFields, type RecordTable } from '$lib/domain/sensitive-fields';
import { SCHEMA_VERSION } from '$lib/domain/api/schema-version';
import { PushResponse } from '$lib/domain/api/sync';
import { MAX_PUSH_MUTATIONS } from '$lib/domain/sync/messages';
import { apiRequest } from '../api/http';
import { decryptFields } from '../crypto/fields';
import { recordTables, type OutboxRow, type RecDb, type RecordRow } from '../db/rec-db';

/**
 * Sends the outbox in mid order and removes only what the server acknowledged
 * (everything up to its lastMutationId). Answers how many rows were acknowledged.
 */
export async function pushOutbox(db: RecDb, key: CryptoKey, clientId: string): Promise<number> {
	let acknowledged = 0;
	for (;;) {
		const rows = await db.outbox.orderBy('mid').limit(MAX_PUSH_MUTATIONS).toArray();
		if (rows.length === 0) return acknowledged;
		const mutations = await Promise.all(rows.map((row) => toMutation(key, row)));
		const answer = await apiRequest('/api/v1/sync/push', PushResponse, {
			method: 'POST',
			body: { clientId, schemaVersion: SCHEMA_VERSION, mutations }
		});
		const done = rows.filter((row) => row.mid <= answer.lastMutationId);
		const tables = recordTables.map((name) => db.table(name));
		await db.transaction('rw', [db.outbox, db.syncIssues, ...tables], async () => {
			for (const result of answer.results) {
				const row = rows.find((candidate) => candidate.mid === result.mid);
				if (!row) continue;
				if (result.version !== undefined) {
					await db.table<RecordRow, string>(row.table).update(row.id, { version: result.version });
				}
				if (result.status === 'conflict' || result.status === 'rejected') {
					await db.syncIssues.put({
						mid: row.mid,
						table: row.table,
						recordId: row.id,
						status: result.status,
						fields: result.conflicts ?? Object.keys(row.fields),
						yours: row.fields,
						error: result.error,
						at: answer.serverTime
					});
				}
			}
			await db.outbox.bulkDelete(done.map((row) => row.mid));
		});
		acknowledged += done.length;
		// The server stopped early (a gap it could not bridge): try again on the next round.
		if (done.length < rows.length) return acknowledged;
	}
}

async function toMutation(key: CryptoKey, row: OutboxRow) {
	const names = (sensitiveFields[row.table as RecordTable] ?? []).filter(
		(name) => name in row.fields
	);
	const fields = await decryptFields(key, row.fields, names);
	return {
		mid: row.mid,
		op: row.op,
		table: row.table,
		id: row.id,
		baseVersion: row.baseVersion,
		fields,
		clientTs: row.clientTs,
		...(row.resolves ? { resolves: row.resolves } : {})
	};
}
