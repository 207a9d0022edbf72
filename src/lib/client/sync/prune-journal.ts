import { journalCutoff, prunable } from '$lib/domain/sync/journal-prune';
import type { AckedRecord } from '$lib/domain/sync/recovery';
import { isRecordTable, type RecDb, type SyncedRow } from '../db/rec-db';

/**
 * Forgets the journal entries the server can no longer lose (domain/sync/journal-prune.ts),
 * `serverTime` being the server's now. Runs inside the caller's transaction, which must hold
 * the journal and the record tables. Answers how many went.
 */
export async function pruneJournal(db: RecDb, serverTime: string): Promise<number> {
	const cutoff = journalCutoff(serverTime);
	const old = await db.acked.where('ackedAt').below(cutoff).toArray();
	const drop = await prunableEntries(db, old, cutoff);
	await db.acked.bulkDelete(drop.map((entry) => entry.key));
	// A batch of first inserts keeps the entries that must stay, or goes when none must.
	let dropped = drop.length;
	for (const batch of await db.ackedBatches.where('ackedAt').below(cutoff).toArray()) {
		const gone = new Set(await prunableEntries(db, batch.entries, cutoff));
		const kept = batch.entries.filter((entry) => !gone.has(entry));
		dropped += gone.size;
		if (kept.length === 0) await db.ackedBatches.delete(batch.id!);
		else if (gone.size > 0) await db.ackedBatches.put({ ...batch, entries: kept });
	}
	return dropped;
}

/** The entries among `entries` that may go (journal-prune.ts), by the records the device holds. */
async function prunableEntries(
	db: RecDb,
	entries: AckedRecord[],
	cutoff: string
): Promise<AckedRecord[]> {
	const drop: AckedRecord[] = [];
	for (const table of new Set(entries.map((entry) => entry.table))) {
		const ofTable = entries.filter((entry) => entry.table === table);
		const rows = isRecordTable(table)
			? await db.table<SyncedRow, string>(table).bulkGet(ofTable.map((entry) => entry.id))
			: [];
		ofTable.forEach((entry, at) => {
			if (prunable(entry, rows[at]?.version, cutoff)) drop.push(entry);
		});
	}
	return drop;
}
