/**
 * What waits to be sent, as a person counts it: records, not outbox entries. One request
 * filled in over five steps and sent is one item, not seven changes; a timeline entry
 * (consultation_events) belongs to its request or case.
 */

/** An outbox entry as far as grouping needs it (client/db/rec-db.ts OutboxRow). */
export interface UnsentEntry {
	table: string;
	id: string;
	op: 'insert' | 'update' | 'delete';
	clientTs: string;
	/** For a timeline entry: the consultation it belongs to (its clear `consultationId`). */
	consultationId?: string;
}

/** One record with changes waiting, in the order its first change was made. */
export interface UnsentItem {
	table: string;
	id: string;
	/** The record was made on this device and the server has not had it yet. */
	isNew: boolean;
	/** Its last waiting change takes it away (an undone contact). */
	removed: boolean;
	/** When its first and last waiting changes were made. */
	firstAt: string;
	lastAt: string;
	/** How many outbox entries it holds. */
	changes: number;
}

/** The record an entry counts for: a timeline entry counts for its consultation. */
export function itemOf(entry: Pick<UnsentEntry, 'table' | 'id' | 'consultationId'>): {
	table: string;
	id: string;
} {
	return entry.table === 'consultation_events' && entry.consultationId
		? { table: 'consultations', id: entry.consultationId }
		: { table: entry.table, id: entry.id };
}

const keyOf = (item: { table: string; id: string }) => `${item.table}\u0000${item.id}`;

/** How many records have changes waiting. */
export function countUnsentItems(
	entries: Iterable<Pick<UnsentEntry, 'table' | 'id' | 'consultationId'>>
): number {
	const keys = new Set<string>();
	for (const entry of entries) keys.add(keyOf(itemOf(entry)));
	return keys.size;
}

/** The waiting changes grouped by record, `entries` in outbox (mid) order. */
export function groupUnsent(entries: readonly UnsentEntry[]): UnsentItem[] {
	const items = new Map<string, UnsentItem>();
	for (const entry of entries) {
		const target = itemOf(entry);
		const key = keyOf(target);
		const ownInsert = entry.op === 'insert' && entry.table === target.table;
		const found = items.get(key);
		if (!found) {
			items.set(key, {
				...target,
				isNew: ownInsert,
				removed: entry.op === 'delete' && entry.table === target.table,
				firstAt: entry.clientTs,
				lastAt: entry.clientTs,
				changes: 1
			});
			continue;
		}
		found.changes += 1;
		found.lastAt = entry.clientTs;
		if (entry.table === target.table) found.removed = entry.op === 'delete';
	}
	return [...items.values()];
}
