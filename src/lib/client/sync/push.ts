import { sensitiveFields, type RecordTable } from '$lib/domain/sensitive-fields';
import { acknowledge } from '$lib/domain/sync/acknowledge';
import { SCHEMA_VERSION } from '$lib/domain/api/schema-version';
import { MAX_PUSH_MUTATIONS } from '$lib/domain/sync/messages';
import type { Mutation } from '$lib/domain/sync/protocol';
import { decryptFields } from '../crypto/fields';
import type { OutboxRow, RecDb } from '../db/rec-db';
import { httpTransport, type SyncTransport } from './transport';

export interface PushOptions {
	batchSize?: number;
}

/**
 * Sends the outbox in mid order, a batch at a time, and removes only what the server
 * acknowledged (domain/sync/acknowledge.ts). The next batch is read while one is on the
 * network and sent while the previous answer is being written; a batch is only sent once
 * the one before it was answered, so the server never sees a gap. Answers how many rows
 * were acknowledged.
 */
export async function pushOutbox(
	db: RecDb,
	key: CryptoKey,
	clientId: string,
	transport: SyncTransport = httpTransport,
	options: PushOptions = {}
): Promise<number> {
	const batchSize = Math.min(options.batchSize ?? MAX_PUSH_MUTATIONS, MAX_PUSH_MUTATIONS);
	const read = (after: number) => db.outbox.where('mid').above(after).limit(batchSize).toArray();
	let acknowledged = 0;
	let writing: Promise<unknown> = Promise.resolve();
	try {
		let batch = await read(0);
		while (batch.length > 0) {
			const mutations = await Promise.all(batch.map((row) => toMutation(key, row)));
			const answer = await transport.push({
				clientId,
				schemaVersion: SCHEMA_VERSION,
				mutations
			});
			const next = read(batch[batch.length - 1]!.mid);
			await writing;
			const ack = acknowledge(batch, answer);
			writing = storeAnswer(db, ack.done, ack.issues);
			acknowledged += ack.done.length;
			// The server stopped early (a gap it could not bridge): try again on the next round.
			if (ack.stoppedEarly) break;
			batch = await next;
		}
	} finally {
		// Whatever happens to the next request, the answer already received is kept.
		await writing;
	}
	return acknowledged;
}

function storeAnswer(
	db: RecDb,
	done: number[],
	issues: ReturnType<typeof acknowledge>['issues']
): Promise<void> {
	return db.transaction('rw', [db.outbox, db.syncIssues], async () => {
		if (issues.length) await db.syncIssues.bulkPut(issues);
		await db.outbox.bulkDelete(done);
	});
}

async function toMutation(key: CryptoKey, row: OutboxRow): Promise<Mutation> {
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
