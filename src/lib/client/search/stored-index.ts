import type { RefDb } from '../db/ref-db';
import type { EntryKind } from '$lib/domain/entry-kind';
import type { RefTable } from '../db/ref-db';
import { changedSince, directoryCursor } from '../directory/refresh';
import { documentId, toSearchDocuments, type DirectoryRows } from './documents';
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
	/** Settles once the copy for the next start is written, when that comes after. */
	saved?: Promise<void>;
}

const isStoredIndex = (value: unknown): value is StoredIndex =>
	typeof value === 'object' &&
	value !== null &&
	(value as StoredIndex).format === INDEX_FORMAT &&
	typeof (value as StoredIndex).cursor === 'string' &&
	typeof (value as StoredIndex).json === 'string';

/**
 * The saved index, brought up to the directory the device holds now: as saved when it was
 * built from this directory, caught up change by change when the directory moved on since (see
 * catchUpStoredIndex). Null when there is none, it is of an older format or damaged, or it
 * cannot be caught up.
 */
export async function readStoredIndex(db: RefDb): Promise<LoadedIndex | null> {
	const [cursor, stored] = await Promise.all([directoryCursor(db), db.meta.get(INDEX_KEY)]);
	if (cursor === undefined || !isStoredIndex(stored?.value)) return null;
	let loaded: LoadedIndex;
	try {
		loaded = { cursor: stored.value.cursor, index: DirectoryIndex.fromJSON(stored.value.json) };
	} catch {
		// A damaged copy is no worse than none: the caller builds a new one.
		return null;
	}
	return loaded.cursor === cursor ? loaded : catchUpStoredIndex(db, loaded);
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

/** Reads in one transaction over the directory and its cursor: one state of the directory. */
function readDirectory<T>(db: RefDb, read: () => Promise<T>): Promise<T> {
	return db.transaction(
		'r',
		[db.experts, db.groups, db.units, db.services, db.organisations, db.meta],
		read
	);
}

async function buildAndStore(db: RefDb): Promise<LoadedIndex | null> {
	// One read transaction: the rows and the cursor belong to the same state of the directory.
	const snapshot = await readDirectory(db, async () => {
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
	});
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

/** The search documents' kind for each table that has them (organisations only lend names). */
const kindOf: Record<Exclude<RefTable, 'organisations'>, EntryKind> = {
	experts: 'expert',
	groups: 'group',
	units: 'unit',
	services: 'service'
};

/**
 * Brings `loaded` up to the directory the device holds now by adding, replacing and removing
 * only the entries the change pulls touched since its cursor (directory/refresh.ts keeps the
 * journal), and saves it. Null when that cannot be done — the journal does not reach back, or
 * an organisation changed (its name is in every one of its units and services) — and the
 * caller rebuilds. The index is changed in place: the caller holds the only copy.
 */
export async function catchUpStoredIndex(
	db: RefDb,
	loaded: LoadedIndex
): Promise<LoadedIndex | null> {
	const found = await readDirectory(db, async () => {
		const cursor = await directoryCursor(db);
		if (cursor === undefined) return null;
		const changed = await changedSince(db, loaded.cursor, cursor);
		if (!changed || changed.some(({ table }) => table === 'organisations')) return null;
		const ids = (table: RefTable) => [
			...new Set(changed.filter((entry) => entry.table === table).map(({ id }) => id))
		];
		const present = <T>(rows: (T | undefined)[]) => rows.filter((row) => row !== undefined);
		const rows: DirectoryRows = {
			experts: present(await db.experts.bulkGet(ids('experts'))),
			groups: present(await db.groups.bulkGet(ids('groups'))),
			units: present(await db.units.bulkGet(ids('units'))),
			services: present(await db.services.bulkGet(ids('services'))),
			organisations: []
		};
		// The names of the organisations the changed units and services belong to.
		const owners = [
			...new Set([
				...rows.units.map((unit) => unit.organisationId),
				...rows.services.map((service) => service.providerId)
			])
		];
		rows.organisations = present(await db.organisations.bulkGet(owners));
		const touched = changed.flatMap(({ table, id }) =>
			table === 'organisations' ? [] : [documentId(kindOf[table], id)]
		);
		return { cursor, rows, touched };
	});
	if (!found) return null;
	const documents = toSearchDocuments(found.rows);
	const kept = new Set(documents.map((document) => document.id));
	loaded.index.update(
		documents,
		found.touched.filter((id) => !kept.has(id))
	);
	// Saved once the caller has had its turn to search the updated index: the copy is only for
	// the next start, and writing it out takes longer than the update itself.
	const saved = new Promise<void>((resolve) =>
		setTimeout(() => {
			const value: StoredIndex = {
				format: INDEX_FORMAT,
				cursor: found.cursor,
				json: loaded.index.toJSON()
			};
			void db.meta
				.put({ key: INDEX_KEY, value })
				.catch(() => undefined)
				.then(() => resolve());
		}, 0)
	);
	return { cursor: found.cursor, index: loaded.index, saved };
}
