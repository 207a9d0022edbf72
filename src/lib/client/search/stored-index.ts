import type { RefDb } from '../db/ref-db';
import { directoryCursor } from '../directory/refresh';
import { toSearchDocuments } from './documents';
import { DirectoryIndex, INDEX_FORMAT } from './search-index';

const INDEX_KEY = 'searchIndex';

interface StoredIndex {
	format: number;
	/** The directory cursor the index was built from. */
	cursor: string;
	json: string;
}

/** An index and the directory state (cursor) it answers for. */
export interface LoadedIndex {
	cursor: string;
	index: DirectoryIndex;
}

const isStoredIndex = (value: unknown): value is StoredIndex =>
	typeof value === 'object' &&
	value !== null &&
	(value as StoredIndex).format === INDEX_FORMAT &&
	typeof (value as StoredIndex).cursor === 'string' &&
	typeof (value as StoredIndex).json === 'string';

/**
 * The saved index, if it was built from the directory the device holds now; null when there
 * is none, it is of an older format, or the directory has changed since.
 */
export async function readStoredIndex(db: RefDb): Promise<LoadedIndex | null> {
	const [cursor, stored] = await Promise.all([directoryCursor(db), db.meta.get(INDEX_KEY)]);
	if (cursor === undefined || !isStoredIndex(stored?.value) || stored.value.cursor !== cursor) {
		return null;
	}
	try {
		return { cursor, index: DirectoryIndex.fromJSON(stored.value.json) };
	} catch {
		// A damaged copy is no worse than none: the caller builds a new one.
		return null;
	}
}

/**
 * Whether a saved index answers for the directory the device holds now, without reading the
 * index itself: the check that lets a start skip building one.
 */
export async function storedIndexIsCurrent(db: RefDb): Promise<boolean> {
	const [cursor, stored] = await Promise.all([directoryCursor(db), db.meta.get(INDEX_KEY)]);
	return cursor !== undefined && isStoredIndex(stored?.value) && stored.value.cursor === cursor;
}

/** The build under way for each database: a second caller shares it rather than building twice. */
const building = new WeakMap<RefDb, Promise<LoadedIndex | null>>();

/**
 * Builds the index from the local directory and saves it beside the cursor it was built from,
 * so that the next start only loads it. Null while the device holds no directory. A call made
 * while a build runs (the directory screen and the offline preparation at once) gets that
 * build's index; if the directory moved on meanwhile, its cursor tells so.
 */
export function rebuildStoredIndex(db: RefDb): Promise<LoadedIndex | null> {
	let build = building.get(db);
	if (!build) {
		build = buildAndStore(db).finally(() => building.delete(db));
		building.set(db, build);
	}
	return build;
}

async function buildAndStore(db: RefDb): Promise<LoadedIndex | null> {
	// One read transaction: the rows and the cursor belong to the same state of the directory.
	const snapshot = await db.transaction(
		'r',
		[db.experts, db.groups, db.units, db.services, db.organisations, db.meta],
		async () => {
			const cursor = await directoryCursor(db);
			if (cursor === undefined) return null;
			const [experts, groups, units, services, organisations] = await Promise.all([
				db.experts.toArray(),
				db.groups.toArray(),
				db.units.toArray(),
				db.services.toArray(),
				db.organisations.toArray()
			]);
			return { cursor, rows: { experts, groups, units, services, organisations } };
		}
	);
	if (!snapshot) return null;
	const index = await DirectoryIndex.buildAsync(toSearchDocuments(snapshot.rows));
	const value: StoredIndex = {
		format: INDEX_FORMAT,
		cursor: snapshot.cursor,
		json: index.toJSON()
	};
	// Without room to save it the index still answers now; the next start builds it again.
	await db.meta.put({ key: INDEX_KEY, value }).catch(() => undefined);
	return { cursor: snapshot.cursor, index };
}
