/**
 * How a device stores a pulled page while it still holds changes the server has not taken
 * (DESIGN.md, sync). Pure: the browser's pull (src/lib/client/sync/pull.ts) and the
 * fault-injection simulation (tests/support/sync-sim/) both run this one rule.
 */

import type { RecordChange } from '../api/sync';

/** One record change as the records pull sends it. */
export type PulledChange = RecordChange;

/** A change waiting in the device's outbox, as far as the rebase needs it. */
export interface PendingChange {
	mid: number;
	table: string;
	id: string;
	op: 'insert' | 'update' | 'delete';
	fields: Record<string, unknown>;
}

/** The device's copy of a record: its data with the sync fields beside it. */
export type LocalRecord = Record<string, unknown> & {
	id: string;
	version: number;
	flagged: boolean;
};

/**
 * The device's copy of one pulled record, or null when the device must not hold it.
 * The server's version goes underneath and the pending fields on top, in mid order, so
 * nothing typed on the device is overwritten while it waits to be sent. A record deleted
 * on the server goes (an edit after a delete never resurrects it there either); one deleted
 * here stays deleted until its delete is taken and its tombstone pulled.
 */
export function rebaseChange(
	change: PulledChange,
	pending: readonly PendingChange[]
): LocalRecord | null {
	if (change.deleted || !change.data) return null;
	const mine = pending
		.filter((entry) => entry.table === change.table && entry.id === change.id)
		.sort((a, b) => a.mid - b.mid);
	if (mine.some((entry) => entry.op === 'delete')) return null;
	return Object.assign({ ...change.data }, ...mine.map((entry) => entry.fields), {
		id: change.id,
		version: change.version,
		flagged: change.flagged
	}) as LocalRecord;
}

/** What a page does to one table of the device: rows to put and ids to remove. */
export interface TableWrites {
	put: LocalRecord[];
	remove: string[];
}

/**
 * A whole page rebased in memory: per table, the rows to write in one bulk put and the ids
 * to remove in one bulk delete. `pending` is every outbox entry for the page's records.
 */
export function rebasePage(
	changes: readonly PulledChange[],
	pending: readonly PendingChange[]
): Map<string, TableWrites> {
	const byRecord = new Map<string, PendingChange[]>();
	for (const entry of pending) {
		const key = `${entry.table}/${entry.id}`;
		const list = byRecord.get(key);
		if (list) list.push(entry);
		else byRecord.set(key, [entry]);
	}
	const writes = new Map<string, TableWrites>();
	for (const change of changes) {
		let table = writes.get(change.table);
		if (!table) writes.set(change.table, (table = { put: [], remove: [] }));
		const row = rebaseChange(change, byRecord.get(`${change.table}/${change.id}`) ?? []);
		if (row) table.put.push(row);
		else table.remove.push(change.id);
	}
	return writes;
}
