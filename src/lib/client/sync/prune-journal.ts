import { journalCutoff, prunable } from '$lib/domain/sync/journal-prune';
import { isRecordTable, type RecDb, type SyncedRow } from '../db/rec-db';

/**
 * Forgets the journal entries the server can no longer lose (domain/sync/journal-prune.ts),
 * `serverTime` being the server's now. Runs inside the caller's transaction, which must hold
 * the journal and the record tables. Answers how many went.
 */
export async function pruneJournal(db: RecDb, serverTime: string): Promise<number> {
	const cutoff = journalCutoff(serverTime);
	const old = await db.acked.where('ackedAt').below(cutoff).toArray();
	if (old.length === 0) return 0;
	const drop: string[] = [];
	for (const table of new Set(old.map((entry) => entry.table))) {
		const entries = old.filter((entry) => entry.table === table);
		const rows = isRecordTable(table)
			? await db.table<SyncedRow, string>(table).bulkGet(entries.map((entry) => entry.id))
			: [];
		entries.forEach((entry, at) => {
			if (prunable(entry, rows[at]?.version, cutoff)) drop.push(entry.key);
		});
	}
	await db.acked.bulkDelete(drop);
	return drop.length;
}
