import * as z from 'zod/mini';
import { cursorAt } from '$lib/domain/cursor';
import { ReferencePage, SnapshotHeader, SnapshotLine } from '$lib/domain/api/sync';
import { apiRequest } from '../api/http';
import { refTables, type RefDb, type RefTable } from '../db/ref-db';

const CURSOR = 'referenceCursor';
/** What the last change pulls touched, page by page: see `JournalPage`. */
const JOURNAL = 'referenceJournal';
/** Entries the journal remembers at most: past that, an index catching up is rebuilt instead. */
const JOURNAL_ENTRIES = 2000;
/** Where a snapshot download that was cut off stopped: see `PartialSnapshot`. */
const PARTIAL = 'referencePartial';
const BATCH = 500;
/** One directory download at a time across the device's tabs. */
const WEB_LOCK = 'lahelle-directory';

export interface DownloadProgress {
	done: number;
	total: number;
}

/** A snapshot stored up to `cursor` (every line up to it is on the device), `done` of `total`. */
interface PartialSnapshot {
	cursor: string;
	done: number;
	total: number;
}

interface Running {
	done: Promise<void>;
	listeners: Set<(progress: DownloadProgress) => void>;
	last?: DownloadProgress;
}

/** The refresh under way for each database: a second caller joins it instead of starting one. */
const running = new WeakMap<RefDb, Running>();

/**
 * Brings the local directory up to date: the first time one compressed snapshot (with
 * progress), afterwards only the changes since the stored cursor (DESIGN.md, pull).
 *
 * One at a time: a caller arriving while a refresh runs (the directory screen opened while
 * the app prepares for offline use) follows that one's progress rather than downloading the
 * same data again, and another tab waits its turn, then only pulls what changed meanwhile.
 * A snapshot cut off midway (a reload, a lost network) continues where it stopped.
 */
export function refreshDirectory(
	db: RefDb,
	onProgress: (progress: DownloadProgress) => void = () => {}
): Promise<void> {
	let run = running.get(db);
	if (!run) {
		const listeners = new Set<(progress: DownloadProgress) => void>();
		const report = (progress: DownloadProgress) => {
			current.last = progress;
			for (const listener of listeners) listener(progress);
		};
		const current: Running = {
			listeners,
			done: exclusive(() => refreshNow(db, report)).finally(() => running.delete(db))
		};
		running.set(db, current);
		run = current;
	} else if (run.last) onProgress(run.last);
	const joined = run;
	joined.listeners.add(onProgress);
	return joined.done.finally(() => joined.listeners.delete(onProgress));
}

async function exclusive(task: () => Promise<void>): Promise<void> {
	const locks = globalThis.navigator?.locks;
	if (locks) await locks.request(WEB_LOCK, task);
	else await task();
}

async function refreshNow(db: RefDb, onProgress: (progress: DownloadProgress) => void) {
	const cursor = (await db.meta.get(CURSOR))?.value;
	if (typeof cursor !== 'string') return downloadSnapshot(db, onProgress);
	if (!(await pullChanges(db, cursor))) return downloadSnapshot(db, onProgress);
}

/** One pulled page of directory changes: the cursor before and after it, and what it touched. */
export interface JournalPage {
	from: string;
	to: string;
	changed: { table: RefTable; id: string }[];
}

const isJournal = (value: unknown): value is JournalPage[] =>
	Array.isArray(value) &&
	value.every(
		(page: JournalPage) =>
			typeof page?.from === 'string' && typeof page.to === 'string' && Array.isArray(page.changed)
	);

/**
 * The entries changed between cursor `from` and `to`, from the journal the change pulls keep
 * (the search index follows the directory with them instead of being rebuilt); null when the
 * journal cannot tell (a snapshot replaced the directory, or it no longer reaches back that far).
 * Read it in the same transaction as the rows it names.
 */
export async function changedSince(
	db: RefDb,
	from: string,
	to: string
): Promise<JournalPage['changed'] | null> {
	const stored = (await db.meta.get(JOURNAL))?.value;
	const journal = isJournal(stored) ? stored : [];
	const changed: JournalPage['changed'] = [];
	let at = from;
	for (const page of journal) {
		if (at === to) break;
		if (page.from !== at) continue;
		changed.push(...page.changed);
		at = page.to;
	}
	return at === to ? changed : null;
}

/** The journal with one more page, the oldest pages dropped past JOURNAL_ENTRIES. */
async function journalled(db: RefDb, page: JournalPage): Promise<JournalPage[]> {
	const stored = (await db.meta.get(JOURNAL))?.value;
	const journal = [...(isJournal(stored) ? stored : []), page];
	let entries = journal.reduce((sum, { changed }) => sum + changed.length, 0);
	while (journal.length > 1 && entries > JOURNAL_ENTRIES)
		entries -= journal.shift()!.changed.length;
	return journal;
}

/** Whether the device holds a directory at all (for the first-download screen). */
export async function hasDirectory(db: RefDb): Promise<boolean> {
	return (await directoryCursor(db)) !== undefined;
}

/** The pull cursor of the directory the device holds: it changes whenever the data does. */
export async function directoryCursor(db: RefDb): Promise<string | undefined> {
	const value = (await db.meta.get(CURSOR))?.value;
	return typeof value === 'string' ? value : undefined;
}

const isPartial = (value: unknown): value is PartialSnapshot =>
	typeof value === 'object' &&
	value !== null &&
	typeof (value as PartialSnapshot).cursor === 'string' &&
	Number.isSafeInteger((value as PartialSnapshot).done) &&
	Number.isSafeInteger((value as PartialSnapshot).total);

async function downloadSnapshot(db: RefDb, onProgress: (progress: DownloadProgress) => void) {
	const stored = (await db.meta.get(PARTIAL))?.value;
	const partial = isPartial(stored) ? stored : undefined;
	const query = partial ? `?since=${encodeURIComponent(partial.cursor)}` : '';
	const response = await fetch(`/api/v1/directory/snapshot${query}`, {
		credentials: 'same-origin'
	});
	if (!response.ok || !response.body) {
		throw new Error(`snapshot: HTTP ${response.status}`);
	}
	const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
	const tables = refTables.map((table) => db.table(table));
	let buffered = '';
	let header: SnapshotHeader | undefined;
	let batch: SnapshotLine[] = [];
	let done = 0;
	let total = 0;

	const begin = async (parsed: SnapshotHeader) => {
		header = parsed;
		if (partial && parsed.resumed) {
			done = partial.done;
			total = partial.done + parsed.total;
		} else {
			// A fresh start: whatever a cut-off download left goes first.
			await db.transaction('rw', [...tables, db.meta], async () => {
				await Promise.all(tables.map((table) => table.clear()));
				await db.meta.delete(PARTIAL);
			});
			total = parsed.total;
		}
		onProgress({ done, total });
	};
	const flush = async () => {
		const lines = batch;
		batch = [];
		const lastSeq = lines.at(-1)?.seq;
		const reached = lastSeq !== undefined ? cursorAt(header!.cursor, lastSeq) : null;
		await db.transaction('rw', [...tables, db.meta], async () => {
			for (const table of refTables) {
				const mine = lines.filter((line) => line.table === table);
				const kept = mine.flatMap((line) => ('data' in line ? [line.data] : []));
				const retired = mine.flatMap((line) => ('deleted' in line ? [line.id] : []));
				if (kept.length) await db.table(table).bulkPut(kept);
				if (retired.length) await db.table(table).bulkDelete(retired);
			}
			// Lines come in change order: everything up to the batch's last is now stored.
			if (reached)
				await db.meta.put({
					key: PARTIAL,
					value: { cursor: reached, done: done + lines.length, total }
				});
		});
		done += lines.length;
		onProgress({ done, total: Math.max(total, done) });
	};

	for (;;) {
		const { value, done: ended } = await reader.read();
		if (value) buffered += value;
		const lines = buffered.split('\n');
		buffered = ended ? '' : (lines.pop() ?? '');
		for (const line of lines) {
			if (!line) continue;
			const parsed = JSON.parse(line);
			if (!header) await begin(z.parse(SnapshotHeader, parsed));
			else batch.push(z.parse(SnapshotLine, parsed));
			if (batch.length >= BATCH) await flush();
		}
		if (ended && batch.length > 0) await flush();
		if (ended) break;
	}
	if (!header) throw new Error('snapshot: empty answer');
	const complete = header;
	await db.transaction('rw', db.meta, async () => {
		await db.meta.put({ key: CURSOR, value: complete.cursor });
		await db.meta.delete(PARTIAL);
		// A new directory as a whole: nothing before it can be caught up change by change.
		await db.meta.delete(JOURNAL);
	});
}

/** Applies change pages until none are left; false when the server asks for a new snapshot. */
async function pullChanges(db: RefDb, cursor: string): Promise<boolean> {
	let since = cursor;
	for (;;) {
		const page = await apiRequest(
			`/api/v1/sync/pull?scope=reference&since=${encodeURIComponent(since)}`,
			ReferencePage
		);
		if (page.reset) return false;
		await db.transaction(
			'rw',
			[...refTables.map((table) => db.table(table)), db.meta],
			async () => {
				for (const change of page.changes) {
					const table = db.table(change.table);
					if (change.deleted || !change.data) await table.delete(change.id);
					else await table.put(change.data);
				}
				await db.meta.put({ key: CURSOR, value: page.cursor });
				const changed = page.changes.map(({ table, id }) => ({ table, id }));
				const journal = await journalled(db, { from: since, to: page.cursor, changed });
				await db.meta.put({ key: JOURNAL, value: journal });
			}
		);
		since = page.cursor;
		if (!page.hasMore) return true;
	}
}
