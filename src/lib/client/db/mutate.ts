import { recordFields } from '$lib/domain/schemas/record-fields';
import { sensitiveFields, type RecordTable } from '$lib/domain/sensitive-fields';
import { encryptFields } from '../crypto/fields';
import type { OutboxRow, RecDb, SyncedRow } from './rec-db';

/** The meta row holding the next mutation id (DESIGN.md, sync). */
export const NEXT_MID = 'nextMid';

/**
 * Takes the next `count` mutation ids from the device's counter and answers the first. Call it
 * inside the transaction that adds their outbox entries: ids are never reused and have no gaps,
 * as the server applies a device's mutations strictly in order.
 */
export async function takeMids(db: RecDb, count = 1): Promise<number> {
	const counter = await db.meta.get(NEXT_MID);
	const first = typeof counter?.value === 'number' ? counter.value : 1;
	await db.meta.put({ key: NEXT_MID, value: first + count });
	return first;
}

export interface LocalChange {
	table: RecordTable;
	op: 'insert' | 'update';
	id: string;
	baseVersion: number | null;
	/** A new record's fields, or the changed ones; checked against the table's schema. */
	fields: Record<string, unknown>;
	resolves?: string[];
}

/**
 * The change's fields checked against its table's schema (record-fields.ts, the one the
 * server checks): a new record whole, a change for the fields it names. Unknown fields are an
 * error, not dropped. What the device stores and sends is then what the server accepts.
 */
export function checkedFields(change: LocalChange): Record<string, unknown> {
	const schema = recordFields[change.table].strict();
	return change.op === 'insert'
		? schema.parse(change.fields)
		: schema.partial().parse(change.fields);
}

/**
 * Applies a change to a local record and appends its outbox entry in ONE transaction
 * (DESIGN.md): nothing changes locally without its outbox entry. Sensitive fields are
 * encrypted first — both in the record and in the outbox — since Web Crypto cannot run
 * inside an IndexedDB transaction.
 */
export async function applyLocalChange(
	db: RecDb,
	key: CryptoKey,
	change: LocalChange
): Promise<number> {
	const mids = await applyLocalChanges(db, key, [change]);
	return mids[0]!;
}

/**
 * Applies several changes that belong together (a stage move and its timeline entry) in one
 * transaction, outbox entries in the given order: all of them are stored, or none.
 */
export async function applyLocalChanges(
	db: RecDb,
	key: CryptoKey,
	changes: LocalChange[]
): Promise<number[]> {
	// Checked before anything is stored: a change the schema refuses stores nothing.
	const encrypted = await Promise.all(
		changes.map(async (change) => {
			const fields = checkedFields(change);
			const names = sensitiveFields[change.table].filter((name) => name in fields);
			return { change, fields: await encryptFields(key, fields, names) };
		})
	);
	const tables = [...new Set(changes.map((change) => change.table))].map((name) =>
		db.table<SyncedRow, string>(name)
	);
	const now = new Date().toISOString();

	return db.transaction('rw', [...tables, db.outbox, db.meta], async () => {
		const first = await takeMids(db, changes.length);

		const mids: number[] = [];
		for (const [index, { change, fields }] of encrypted.entries()) {
			const table = db.table<SyncedRow, string>(change.table);
			const existing = await table.get(change.id);
			await table.put({
				...existing,
				...fields,
				id: change.id,
				version: existing?.version ?? 0,
				updatedAt: now
			});
			const entry: OutboxRow = {
				mid: first + index,
				op: change.op,
				table: change.table,
				id: change.id,
				baseVersion: change.baseVersion,
				fields,
				clientTs: now,
				...(change.resolves?.length ? { resolves: change.resolves } : {})
			};
			await db.outbox.add(entry);
			mids.push(entry.mid);
		}
		return mids;
	});
}

/**
 * Takes back a just-saved record ("Undo"): the row goes from the device and a delete is queued
 * after whatever it already queued. Its queued entries are never taken out: the server applies a
 * device's mutation ids strictly in order and waits at a gap, so removing an unsent insert left a
 * hole that blocked every later change of the device for good (an undo offline, then the next
 * contact). The server applies the insert and the delete together and keeps only a tombstone.
 */
export async function undoLocalInsert(db: RecDb, table: RecordTable, id: string) {
	const rows = db.table<SyncedRow, string>(table);
	return db.transaction('rw', [rows, db.outbox, db.meta], async () => {
		const existing = await rows.get(id);
		if (!existing) return;
		const mid = await takeMids(db);
		await rows.delete(id);
		await db.outbox.add({
			mid,
			op: 'delete',
			table,
			id,
			baseVersion: existing.version,
			fields: {},
			clientTs: new Date().toISOString()
		});
	});
}
