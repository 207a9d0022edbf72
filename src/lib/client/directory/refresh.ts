import type { ReferenceChange } from '$lib/domain/schemas/directory';
import { apiRequest } from '../api/http';
import { refTables, type RefDb, type RefTable } from '../db/ref-db';

const CURSOR = 'referenceCursor';
const BATCH = 500;

export interface DownloadProgress {
	done: number;
	total: number;
}

interface PullPage {
	changes: ReferenceChange[];
	cursor: string;
	hasMore: boolean;
	reset?: boolean;
}

/**
 * Brings the local directory up to date: the first time one compressed snapshot (with
 * progress), afterwards only the changes since the stored cursor (DESIGN.md, pull).
 */
export async function refreshDirectory(
	db: RefDb,
	onProgress: (progress: DownloadProgress) => void = () => {}
): Promise<void> {
	const cursor = (await db.meta.get(CURSOR))?.value;
	if (typeof cursor !== 'string') return downloadSnapshot(db, onProgress);
	if (!(await pullChanges(db, cursor))) return downloadSnapshot(db, onProgress);
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

async function downloadSnapshot(db: RefDb, onProgress: (progress: DownloadProgress) => void) {
	const response = await fetch('/api/v1/directory/snapshot', { credentials: 'same-origin' });
	if (!response.ok || !response.body) {
		throw new Error(`snapshot: HTTP ${response.status}`);
	}
	const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
	let buffered = '';
	let header: { total: number; cursor: string } | undefined;
	let batch: { table: RefTable; data: unknown }[] = [];
	let done = 0;

	await db.transaction('rw', [...refTables.map((table) => db.table(table))], async () => {
		await Promise.all(refTables.map((table) => db.table(table).clear()));
	});
	const flush = async () => {
		const byTable = new Map<RefTable, { data: unknown }[]>();
		for (const line of batch) byTable.set(line.table, [...(byTable.get(line.table) ?? []), line]);
		await db.transaction(
			'rw',
			[...byTable.keys()].map((table) => db.table(table)),
			async () => {
				for (const [table, lines] of byTable)
					await db.table(table).bulkPut(lines.map((l) => l.data));
			}
		);
		done += batch.length;
		batch = [];
		onProgress({ done, total: header?.total ?? done });
	};

	for (;;) {
		const { value, done: ended } = await reader.read();
		if (value) buffered += value;
		const lines = buffered.split('\n');
		buffered = ended ? '' : (lines.pop() ?? '');
		for (const line of lines) {
			if (!line) continue;
			const parsed = JSON.parse(line);
			if (!header) {
				header = parsed;
				onProgress({ done: 0, total: parsed.total });
			} else batch.push(parsed);
		}
		if (batch.length >= BATCH || (ended && batch.length > 0)) await flush();
		if (ended) break;
	}
	if (!header) throw new Error('snapshot: empty answer');
	await db.meta.put({ key: CURSOR, value: header.cursor });
}

/** Applies change pages until none are left; false when the server asks for a new snapshot. */
async function pullChanges(db: RefDb, cursor: string): Promise<boolean> {
	let since = cursor;
	for (;;) {
		const page = await apiRequest<PullPage>(
			`/api/v1/sync/pull?scope=reference&since=${encodeURIComponent(since)}`
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
			}
		);
		since = page.cursor;
		if (!page.hasMore) return true;
	}
}
