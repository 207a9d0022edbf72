import {
	countUnsentItems,
	groupUnsent,
	type UnsentEntry,
	type UnsentItem
} from '$lib/domain/sync/unsent-items';
import { decryptFields } from '../crypto/fields';
import type { OutboxRow, RecDb, SyncedRow } from '../db/rec-db';

/**
 * How many records wait to be sent. Read from the outbox's [table+id] index alone (no entry
 * is loaded): the header asks after every stored or sent batch, and a phone back from a day
 * offline may hold thousands of entries.
 */
export async function unsentItemCount(db: RecDb): Promise<number> {
	const keys = (await db.outbox.orderBy('[table+id]').uniqueKeys()) as unknown as [
		string,
		string
	][];
	const eventIds = keys.filter(([table]) => table === 'consultation_events').map(([, id]) => id);
	// A timeline entry counts for its consultation; the device keeps every entry it wrote.
	const events = eventIds.length ? await db.consultation_events.bulkGet(eventIds) : [];
	const parents = new Map(events.flatMap((row) => (row ? [[row.id, row.consultationId]] : [])));
	return countUnsentItems(
		keys.map(([table, id]) => ({ table, id, consultationId: parents.get(id) }))
	);
}

/** One waiting record with what a person recognises it by (plain words: unsent-words.ts). */
export interface UnsentView extends UnsentItem {
	/** A contact: when it happened. */
	occurredAt?: string;
	/** A consultation: the start of its question, when the device is unlocked. */
	question?: string;
	/** A consultation: its themes (codes). */
	themes?: string[];
	/** A consultation: when it was made. */
	createdAt?: string;
}

const entryOf = (row: OutboxRow): UnsentEntry => ({
	table: row.table,
	id: row.id,
	op: row.op,
	clientTs: row.clientTs,
	consultationId:
		typeof row.fields.consultationId === 'string' ? row.fields.consultationId : undefined
});

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/**
 * The waiting records, oldest first, each with what names it: the record as the device holds
 * it, or, for one already taken away, the fields its waiting changes carried. Free text is
 * read only with the key; without it a request is named by its theme.
 */
export async function unsentViews(db: RecDb, key: CryptoKey | null): Promise<UnsentView[]> {
	const rows = await db.outbox.orderBy('mid').toArray();
	const items = groupUnsent(rows.map(entryOf));
	return Promise.all(
		items.map(async (item) => {
			const stored = await db.table<SyncedRow, string>(item.table).get(item.id);
			const fields: Record<string, unknown> =
				stored ??
				Object.assign(
					{},
					...rows
						.filter((row) => row.table === item.table && row.id === item.id)
						.map((row) => row.fields)
				);
			const view: UnsentView = { ...item };
			if (item.table === 'contacts') view.occurredAt = text(fields.occurredAt);
			if (item.table === 'consultations') {
				view.createdAt = text(fields.createdAt);
				view.themes = Array.isArray(fields.themes) ? fields.themes.map(String) : undefined;
				if (key && fields.question) {
					const plain = await decryptFields(key, fields, ['question']).catch(() => undefined);
					view.question = text(plain?.question);
				}
			}
			return view;
		})
	);
}
