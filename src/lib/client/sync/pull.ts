import { sensitiveFields, type RecordTable } from '$lib/domain/sensitive-fields';
import { MAX_PULL_PAGE } from '$lib/domain/sync/messages';
import { rebasePage, type PendingChange, type PulledChange } from '$lib/domain/sync/rebase';
import { encryptFields } from '../crypto/fields';
import { isRecordTable, recordTables, type RecDb, type SyncedRow } from '../db/rec-db';
import { PagesAhead } from './pages-ahead';
import { EPOCH, knownEpoch, recoverFromRestore, RECORDS_CURSOR as CURSOR } from './recover';
import { settled, unwrap } from './settled';
import { httpTransport, type SyncTransport } from './transport';

/**
 * The first page is small, so the first sync shows progress early; each next one twice as
 * large up to the server's most: fewer transactions, each written to disk before the next.
 */
export const FIRST_PULL_PAGE = 1000;
/** Pages received and not yet stored, at most (PagesAhead). */
const PAGES_AHEAD = 2;

/** How far a pull is: records received so far of those the server announced. */
export interface PullProgress {
	received: number;
	total: number;
}

export interface PullOptions {
	/** A fixed page size (the tests' simulation); by default pages grow (FIRST_PULL_PAGE). */
	pageSize?: number;
	/** After each stored page, when the server says how many remain. */
	onProgress?: (progress: PullProgress) => void;
	/** After each stored page: the records received so far, and whether the pull is through. */
	onStored?: (received: number, done: boolean) => void;
}

/**
 * Pulls record changes page by page. Each page is written in one transaction with its cursor,
 * so a crash leaves either the whole page or none of it: one bulk read of the outbox entries
 * for the page's records, the rebase in memory (domain/sync/rebase.ts), one bulk write per
 * table. Pages are asked for ahead of the writes (PagesAhead), so the server and the network
 * work while earlier pages are encrypted and written.
 */
export async function pullRecords(
	db: RecDb,
	key: CryptoKey,
	transport: SyncTransport = httpTransport,
	options: PullOptions = {}
): Promise<number> {
	let pageSize = options.pageSize ?? FIRST_PULL_PAGE;
	let cursor = (await db.meta.get(CURSOR))?.value as string | undefined;
	let epoch = await knownEpoch(db);
	let received = 0;
	// A page as it arrives, and then with its sensitive fields encrypted (while earlier pages
	// are stored, outside their transactions: Web Crypto cannot run inside one).
	const pages = new PagesAhead((since: string | undefined) => {
		const arriving = transport.pull(since, pageSize, epoch);
		if (options.pageSize === undefined) pageSize = Math.min(pageSize * 2, MAX_PULL_PAGE);
		return {
			page: settled(arriving),
			changes: settled(arriving.then((page) => (page.reset ? [] : encryptPage(key, page.changes))))
		};
	}, PAGES_AHEAD);
	pages.from(cursor);
	for (;;) {
		const current = pages.next();
		const page = await current.page.then(unwrap);
		// The server restored a backup since this device last met it: queue again what it lost
		// (recover.ts) and pull everything anew, the queued fields kept on top.
		if (epoch && page.epoch && page.epoch !== epoch) {
			await recoverFromRestore(db, epoch, page.epoch);
			epoch = await knownEpoch(db);
			cursor = undefined;
			received = 0;
			pages.from(cursor);
			continue;
		}
		if (page.reset) {
			cursor = undefined;
			await db.meta.delete(CURSOR);
			pages.from(cursor);
			continue;
		}
		const changes = await current.changes.then(unwrap);
		await storePage(db, changes, page.cursor, epoch ? undefined : page.epoch);
		epoch ??= page.epoch;
		received += page.changes.length;
		cursor = page.cursor;
		options.onStored?.(received, !page.hasMore);
		if (page.remaining !== undefined) {
			options.onProgress?.({ received, total: received + page.remaining });
		}
		if (!page.hasMore) return received;
	}
}

/**
 * The page's changes of record tables (others skipped), sensitive fields encrypted, all at
 * once (Web Crypto cannot run inside an IndexedDB transaction).
 */
async function encryptPage(key: CryptoKey, changes: PulledChange[]): Promise<PulledChange[]> {
	return Promise.all(
		changes
			.filter((change) => isRecordTable(change.table))
			.map(async (change) => {
				if (!change.data || !isRecordTable(change.table)) return change;
				const data = change.data;
				const names = sensitiveFields[change.table as RecordTable].filter((name) => name in data);
				return names.length ? { ...change, data: await encryptFields(key, data, names) } : change;
			})
	);
}

/** Stores a page with its cursor, and the server's epoch when this is the first the device meets. */
async function storePage(
	db: RecDb,
	changes: PulledChange[],
	cursor: string,
	firstEpoch: string | undefined
): Promise<void> {
	const updatedAt = new Date().toISOString();
	const tables = recordTables.map((name) => db.table(name));
	await db.transaction('rw', [...tables, db.outbox, db.meta], async () => {
		const pending: PendingChange[] = changes.length
			? await db.outbox
					.where('[table+id]')
					.anyOf(changes.map((change) => [change.table, change.id]))
					.toArray()
			: [];
		for (const [name, writes] of rebasePage(changes, pending)) {
			const table = db.table<SyncedRow, string>(name);
			if (writes.remove.length) await table.bulkDelete(writes.remove);
			if (writes.put.length) await table.bulkPut(writes.put.map((row) => ({ ...row, updatedAt })));
		}
		await db.meta.put({ key: CURSOR, value: cursor });
		if (firstEpoch) await db.meta.put({ key: EPOCH, value: firstEpoch });
	});
}
