/**
 * What a device re-sends when the server restored a backup (README, sync). Pure: the browser
 * (src/lib/client/sync/recover.ts) and the tests run this one rule.
 *
 * A device keeps a journal of what the server acknowledged from it: per record, each field's
 * last value it sent and the version the server answered for it (and whether it created or
 * deleted the record). On meeting a new epoch it turns the journal into ordinary mutations
 * with fresh mids, first, and renumbers its unsent queue after them; all name the old epoch,
 * so the server judges each field against what it now holds (domain/sync/merge.ts).
 */
import type { PushResponse } from '../api/sync';
import { refused } from './acknowledge';

/** One record's acknowledged changes from this device in the current epoch. */
export interface AckedRecord {
	/** `table/id`. */
	key: string;
	table: string;
	id: string;
	/** The first acknowledged mid: re-sent records keep the order they were first sent in. */
	firstMid: number;
	/** This device created the record: it is re-sent whole. */
	inserted: boolean;
	/** This device deleted the record. */
	deleted: boolean;
	/** Each field's last acknowledged value, as the outbox held it. */
	fields: Record<string, unknown>;
	/** The version the server acknowledged each field at (null: a duplicate, not known). */
	versions: Record<string, number | null>;
	/** The server's time of the last acknowledgment (its answer's `serverTime`; journal-prune.ts). */
	ackedAt: string;
}

/** An outbox entry as far as the journal and the renumbering need it. */
export interface QueuedChange {
	mid: number;
	op: 'insert' | 'update' | 'delete';
	table: string;
	id: string;
	baseVersion: number | null;
	fields: Record<string, unknown>;
	clientTs: string;
	resolves?: string[];
	baseEpoch?: string;
	acked?: Record<string, number | null>;
}

export const ackedKey = (table: string, id: string): string => `${table}/${id}`;

/**
 * The journal entries of one push answer's first inserts, stored as one row: a fresh phone's
 * thousands of new contacts cost one write per batch, not one per record (issue 14). A record
 * changed again later gets its own entry as well; mergeJournal joins them.
 */
export interface AckedBatch {
	/** Given by the database. */
	id?: number;
	/** The answer's `serverTime`: every entry's `ackedAt`. */
	ackedAt: string;
	entries: AckedRecord[];
}

/**
 * One entry per record from the per-record journal and the batches' entries: fields and
 * versions in the order they were first acknowledged (the insert before later changes),
 * created or deleted if any part says so, the latest acknowledgment's time.
 */
export function mergeJournal(entries: readonly AckedRecord[]): AckedRecord[] {
	const merged = new Map<string, AckedRecord>();
	for (const entry of [...entries].sort((a, b) => a.firstMid - b.firstMid)) {
		const before = merged.get(entry.key);
		merged.set(
			entry.key,
			before
				? {
						...before,
						inserted: before.inserted || entry.inserted,
						deleted: before.deleted || entry.deleted,
						fields: { ...before.fields, ...entry.fields },
						versions: { ...before.versions, ...entry.versions },
						ackedAt: before.ackedAt > entry.ackedAt ? before.ackedAt : entry.ackedAt
					}
				: entry
		);
	}
	return [...merged.values()];
}

/** A change whose record the device creates here for the first time: no journal entry yet. */
export const isFirstInsert = (change: Pick<QueuedChange, 'op' | 'baseEpoch'>): boolean =>
	change.op === 'insert' && change.baseEpoch === undefined;

/**
 * The journal after a push answer: every sent change the server took (up to its
 * lastMutationId) but refused, with the fields that lost a conflict left out.
 * `journal` holds the entries of the sent records found so far; answers those changed.
 */
export function journalAcks(
	journal: ReadonlyMap<string, AckedRecord>,
	sent: readonly QueuedChange[],
	answer: PushResponse
): AckedRecord[] {
	const results = new Map(answer.results.map((result) => [result.mid, result]));
	const changed = new Map<string, AckedRecord>();
	for (const change of sent) {
		if (change.mid > answer.lastMutationId) continue;
		const result = results.get(change.mid);
		if (refused(result)) continue;
		const key = ackedKey(change.table, change.id);
		const before = changed.get(key) ?? journal.get(key);
		const entry: AckedRecord = before
			? {
					...before,
					fields: { ...before.fields },
					versions: { ...before.versions },
					ackedAt: answer.serverTime
				}
			: {
					key,
					table: change.table,
					id: change.id,
					firstMid: change.mid,
					inserted: false,
					deleted: false,
					fields: {},
					versions: {},
					ackedAt: answer.serverTime
				};
		const version = result?.status === 'duplicate' ? null : (result?.version ?? null);
		if (change.op === 'insert') entry.inserted = true;
		if (change.op === 'delete') entry.deleted = true;
		const lost = new Set(result?.status === 'conflict' ? (result.conflicts ?? []) : []);
		for (const [field, value] of Object.entries(change.fields)) {
			if (lost.has(field)) continue;
			entry.fields[field] = value;
			entry.versions[field] = version;
		}
		changed.set(key, entry);
	}
	return [...changed.values()];
}

/**
 * The device's queue in the new epoch: the journal's records as mutations (parents before
 * their timeline entries: `tableOrder`), then the unsent changes in their order, all numbered
 * from `nextMid` and naming `oldEpoch`. Answers the queue and the next free mid.
 */
export function planRecovery(
	journal: readonly AckedRecord[],
	pending: readonly QueuedChange[],
	oldEpoch: string,
	nextMid: number,
	now: string,
	tableOrder: readonly string[]
): { queue: QueuedChange[]; nextMid: number } {
	const rank = (table: string) => {
		const at = tableOrder.indexOf(table);
		return at < 0 ? tableOrder.length : at;
	};
	const records = [...journal].sort(
		(a, b) => rank(a.table) - rank(b.table) || a.firstMid - b.firstMid
	);
	let mid = nextMid;
	const queue: QueuedChange[] = [];
	for (const record of records) {
		const base = { table: record.table, id: record.id, clientTs: now, baseEpoch: oldEpoch };
		if (record.deleted) {
			queue.push({ ...base, mid: mid++, op: 'delete', baseVersion: 0, fields: {} });
			continue;
		}
		if (Object.keys(record.fields).length === 0) continue;
		queue.push({
			...base,
			mid: mid++,
			op: record.inserted ? 'insert' : 'update',
			baseVersion: record.inserted ? null : 0,
			fields: record.fields,
			acked: record.versions
		});
	}
	for (const change of [...pending].sort((a, b) => a.mid - b.mid)) {
		queue.push({ ...change, mid: mid++, baseEpoch: change.baseEpoch ?? oldEpoch });
	}
	return { queue, nextMid: mid };
}
