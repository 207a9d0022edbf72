import { sensitiveFields, type RecordTable } from '$lib/domain/sensitive-fields';
import { acknowledge } from '$lib/domain/sync/acknowledge';
import { SCHEMA_VERSION } from '$lib/domain/api/schema-version';
import { MAX_PUSH_MUTATIONS, type PushResponse } from '$lib/domain/sync/messages';
import { ackedKey, isFirstInsert, journalAcks } from '$lib/domain/sync/recovery';
import type { Mutation, PushRequest } from '$lib/domain/sync/protocol';
import { decryptFields } from '../crypto/fields';
import { recordTables, type OutboxRow, type RecDb } from '../db/rec-db';
import { pruneJournal } from './prune-journal';
import { EPOCH, knownEpoch, recoverFromRestore } from './recover';
import { settled, unwrap } from './settled';
import { httpTransport, type SyncTransport } from './transport';

export interface PushOptions {
	batchSize?: number;
}

/** A batch read from the outbox, and the body the push sends for it (with the epoch known then). */
interface Prepared {
	rows: OutboxRow[];
	body: Promise<PushRequest>;
}

/**
 * Sends the outbox in mid order, a batch at a time, and removes only what the server
 * acknowledged (domain/sync/acknowledge.ts). While one batch is on the network the next is
 * read, decrypted, serialised and compressed (transport.prepare), and it is sent as soon as
 * the answer came, while that answer is written:
 * the server never sees a gap, and the phone's work overlaps the network's. Answers how many
 * rows were acknowledged.
 */
export async function pushOutbox(
	db: RecDb,
	key: CryptoKey,
	clientId: string,
	transport: SyncTransport = httpTransport,
	options: PushOptions = {}
): Promise<number> {
	const batchSize = Math.min(options.batchSize ?? MAX_PUSH_MUTATIONS, MAX_PUSH_MUTATIONS);
	let epoch = await knownEpoch(db);
	/** The push body for `mutations`, with the epoch this device knows now. */
	const bodyOf = (mutations: Mutation[]): PushRequest => ({
		clientId,
		schemaVersion: SCHEMA_VERSION,
		...(epoch ? { epoch } : {}),
		mutations
	});
	const prepare = async (after: number): Promise<Prepared> => {
		const rows = await db.outbox.where('mid').above(after).limit(batchSize).toArray();
		const body = Promise.all(rows.map((row) => toMutation(key, row))).then((mutations) => {
			const body = bodyOf(mutations);
			transport.prepare?.(body);
			return body;
		});
		// Looked at when the batch is sent; no unhandled rejection while it waits.
		body.catch(() => undefined);
		return { rows, body };
	};
	let acknowledged = 0;
	let writing: Promise<unknown> = Promise.resolve();
	try {
		let batch = await prepare(0);
		while (batch.rows.length > 0) {
			const body = await batch.body;
			// Made before the first answer told this device the server's epoch: made again with it.
			const sending = transport.push(
				body.epoch === (epoch || undefined) ? body : bodyOf(body.mutations)
			);
			const next = settled(prepare(batch.rows[batch.rows.length - 1]!.mid));
			const answer = await sending;
			await writing;
			// The server restored a backup since this device last met it: nothing of the batch was
			// applied. Queue again what it lost, renumbered, and send that (recover.ts).
			if (epoch && answer.epoch && answer.epoch !== epoch) {
				await next;
				await recoverFromRestore(db, epoch, answer.epoch);
				epoch = await knownEpoch(db);
				batch = await prepare(0);
				continue;
			}
			const ack = acknowledge(batch.rows, answer);
			writing = storeAnswer(db, batch.rows, answer, ack.done, ack.issues);
			epoch ??= answer.epoch;
			acknowledged += ack.done.length;
			// The server stopped early (a gap it could not bridge): try again on the next round.
			if (ack.stoppedEarly) break;
			batch = unwrap(await next);
		}
	} finally {
		// Whatever happens to the next request, the answer already received is kept.
		await writing;
	}
	return acknowledged;
}

/**
 * Drops what the server took, keeps its issues, and writes down in the journal what it
 * acknowledged (domain/sync/recovery.ts), all in one transaction; the epoch of a first answer
 * too. An answer in the epoch the device knows also prunes the journal by the server's clock
 * (prune-journal.ts): it says the server has not gone back since the entries were written.
 */
function storeAnswer(
	db: RecDb,
	sent: OutboxRow[],
	answer: PushResponse,
	done: number[],
	issues: ReturnType<typeof acknowledge>['issues']
): Promise<void> {
	const tables = [db.outbox, db.syncIssues, db.acked, db.ackedBatches, db.meta];
	const records = recordTables.map((table) => db.table(table));
	return db.transaction('rw', [...tables, ...records], async () => {
		if (issues.length) await db.syncIssues.bulkPut(issues);
		// What the server took is always the batch's first entries (acknowledge.ts), and mids only
		// grow: one range delete, not an IndexedDB request per entry.
		if (done.length)
			await db.outbox.where('mid').between(done[0]!, done.at(-1)!, true, true).delete();
		// A record's first insert (not one queued again after a restore) has no journal entry yet:
		// those go into one row for the whole answer, the other changes into their records' entries.
		const firstInserts = sent.filter(isFirstInsert);
		const others = sent.filter((row) => !isFirstInsert(row));
		const keys = [...new Set(others.map((row) => ackedKey(row.table, row.id)))];
		const found = keys.length ? await db.acked.bulkGet(keys) : [];
		const journal = new Map(
			found.filter((entry) => entry !== undefined).map((entry) => [entry.key, entry])
		);
		const changed = journalAcks(journal, others, answer);
		if (changed.length) await db.acked.bulkPut(changed);
		const inserted = journalAcks(new Map(), firstInserts, answer);
		if (inserted.length)
			await db.ackedBatches.add({ ackedAt: answer.serverTime, entries: inserted });
		const known = await knownEpoch(db);
		if (answer.epoch && !known) await db.meta.put({ key: EPOCH, value: answer.epoch });
		if (answer.epoch && answer.epoch === known) await pruneJournal(db, answer.serverTime);
	});
}

/** An outbox entry as the push sends it: its free text decrypted. */
export async function toMutation(key: CryptoKey, row: OutboxRow): Promise<Mutation> {
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
		...(row.resolves ? { resolves: row.resolves } : {}),
		...(row.baseEpoch ? { baseEpoch: row.baseEpoch } : {}),
		...(row.acked ? { acked: row.acked } : {})
	};
}
