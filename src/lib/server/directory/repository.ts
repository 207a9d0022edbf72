import type { Kysely, Transaction } from 'kysely';
import type { ReferenceChange } from '$lib/domain/api/sync';
import {
	directorySchemas,
	type DirectoryEntry,
	type DirectoryKind
} from '$lib/domain/schemas/directory';
import { reserveSeq } from '../db/counters';
import type { Database } from '../db/schema';
import { directoryReadersChanged, type EntryChange } from '../sync/directory-readers';

type Db = Kysely<Database> | Transaction<Database>;

/** The county an entry belongs to, for scoping and indexes (services span several). */
function countyOf(entry: DirectoryEntry): string | null {
	return 'countyId' in entry && typeof entry.countyId === 'string' ? entry.countyId : null;
}

/**
 * Writes entries of one kind (new or changed) inside the caller's transaction: each gets the
 * next version and a fresh change sequence number, so devices pull it.
 */
export async function putEntries<K extends DirectoryKind>(
	trx: Db,
	kind: K,
	entries: Omit<DirectoryEntry<K>, 'version' | 'updatedAt'>[]
): Promise<DirectoryEntry<K>[]> {
	if (entries.length === 0) return [];
	const firstSeq = await reserveSeq(trx, entries.length);
	const now = new Date().toISOString();
	const rowsBefore = await trx
		.selectFrom('directory_entries')
		.select(['id', 'version', 'data'])
		.where(
			'id',
			'in',
			entries.map((entry) => entry.id)
		)
		.execute();
	const existing = new Map(rowsBefore.map((row) => [row.id, row.version]));
	const stored: DirectoryEntry<K>[] = [];
	const rows = entries.map((entry, index) => {
		const version = (existing.get(entry.id) ?? 0) + 1;
		const full = directorySchemas[kind].parse({
			...entry,
			version,
			updatedAt: now
		}) as DirectoryEntry<K>;
		stored.push(full);
		return {
			id: full.id,
			kind,
			county_id: countyOf(full),
			version,
			seq: firstSeq + index,
			deleted: 0,
			updated_at: now,
			data: JSON.stringify(full)
		};
	});
	// Batches keep each statement under the databases' parameter limits.
	for (let start = 0; start < rows.length; start += 200) {
		await trx
			.insertInto('directory_entries')
			.values(rows.slice(start, start + 200))
			.onConflict((oc) =>
				oc.column('id').doUpdateSet((eb) => ({
					version: eb.ref('excluded.version'),
					seq: eb.ref('excluded.seq'),
					county_id: eb.ref('excluded.county_id'),
					deleted: 0,
					updated_at: eb.ref('excluded.updated_at'),
					data: eb.ref('excluded.data')
				}))
			)
			.execute();
	}
	// Who reads which cases follows the groups' people and the mobile pairs (case-readers.ts).
	if (kind === 'experts' || kind === 'groups') {
		const before = new Map(rowsBefore.map((row) => [row.id, row.data]));
		await directoryReadersChanged(
			trx,
			stored.map((entry) => ({
				kind,
				id: entry.id,
				before: parsed(before.get(entry.id) ?? null),
				after: entry as unknown as Record<string, unknown>
			}))
		);
	}
	return stored;
}

const parsed = (data: string | null) =>
	data ? (JSON.parse(data) as Record<string, unknown>) : null;

/** Retires an entry: a tombstone with the payload purged, pulled by devices as a delete. */
export async function retireEntry(trx: Db, id: string): Promise<boolean> {
	const before = await trx
		.selectFrom('directory_entries')
		.select(['kind', 'data'])
		.where('id', '=', id)
		.where('deleted', '=', 0)
		.executeTakeFirst();
	const seq = await reserveSeq(trx);
	const result = await trx
		.updateTable('directory_entries')
		.set((eb) => ({
			deleted: 1,
			data: null,
			seq,
			version: eb('version', '+', 1),
			updated_at: new Date().toISOString()
		}))
		.where('id', '=', id)
		.where('deleted', '=', 0)
		.executeTakeFirst();
	if (before) {
		const change: EntryChange = { kind: before.kind, id, before: parsed(before.data), after: null };
		await directoryReadersChanged(trx, [change]);
	}
	return Number(result.numUpdatedRows) > 0;
}

export async function getEntry(db: Db, id: string) {
	const row = await db
		.selectFrom('directory_entries')
		.select(['kind', 'data', 'deleted'])
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row || row.deleted || !row.data) return undefined;
	return { kind: row.kind as DirectoryKind, entry: JSON.parse(row.data) as DirectoryEntry };
}

/** Every live entry of a kind. */
export async function listEntries<K extends DirectoryKind>(
	db: Db,
	kind: K
): Promise<DirectoryEntry<K>[]> {
	const rows = await db
		.selectFrom('directory_entries')
		.select('data')
		.where('kind', '=', kind)
		.where('deleted', '=', 0)
		.orderBy('id')
		.execute();
	return rows.map((row) => JSON.parse(row.data!) as DirectoryEntry<K>);
}

/** Changes after `seq`, oldest first; tombstones included (a device must delete them). */
export async function changesSince(
	db: Db,
	seq: number,
	limit: number
): Promise<{ changes: ReferenceChange[]; lastSeq: number }> {
	const rows = await db
		.selectFrom('directory_entries')
		.select(['id', 'kind', 'version', 'seq', 'deleted', 'data'])
		.where('seq', '>', seq)
		.orderBy('seq')
		.limit(limit)
		.execute();
	return {
		changes: rows.map((row) => ({
			table: row.kind as DirectoryKind,
			id: row.id,
			version: row.version,
			deleted: !!row.deleted,
			data: row.data ? (JSON.parse(row.data) as DirectoryEntry) : null
		})),
		lastSeq: rows.length ? Number(rows[rows.length - 1]!.seq) : seq
	};
}

/** The newest change sequence number of the directory. */
export async function directorySeq(db: Db): Promise<number> {
	const row = await db
		.selectFrom('directory_entries')
		.select((eb) => eb.fn.max('seq').as('seq'))
		.executeTakeFirst();
	return Number(row?.seq ?? 0);
}
