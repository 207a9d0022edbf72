import { mergeJournal, planRecovery, type AckedRecord } from '$lib/domain/sync/recovery';
import { NEXT_MID } from '../db/mutate';
import { recordTables, type RecDb } from '../db/rec-db';

/** The meta rows of the server epoch the device last met and of its records cursor. */
export const EPOCH = 'serverEpoch';
export const RECORDS_CURSOR = 'recordsCursor';

/** The whole journal, one entry per record (inside a transaction holding both its tables). */
export async function readJournal(db: RecDb): Promise<AckedRecord[]> {
	const batches = await db.ackedBatches.toArray();
	return mergeJournal([
		...(await db.acked.toArray()),
		...batches.flatMap((batch) => batch.entries)
	]);
}

/** The server epoch this device last met, if any. */
export async function knownEpoch(db: RecDb): Promise<string | undefined> {
	const row = await db.meta.get(EPOCH);
	return typeof row?.value === 'string' ? row.value : undefined;
}

/**
 * The server has restored a backup (its epoch is no longer `from`): in one transaction, the
 * journal of acknowledged changes becomes ordinary queued mutations with fresh mids, before the
 * unsent ones, renumbered after them from 1 (domain/sync/recovery.ts); the records cursor goes, so the
 * next pull brings everything again, with the queued fields kept on top of it. Another tab may
 * have done it already: then nothing happens.
 */
export async function recoverFromRestore(db: RecDb, from: string, to: string): Promise<void> {
	await db.transaction('rw', [db.outbox, db.acked, db.ackedBatches, db.meta], async () => {
		if ((await knownEpoch(db)) !== from) return;
		// Mids count afresh in each epoch: the server knows none of this device's in the new one.
		const plan = planRecovery(
			await readJournal(db),
			await db.outbox.toArray(),
			from,
			1,
			new Date().toISOString(),
			recordTables
		);
		await db.outbox.clear();
		await db.outbox.bulkAdd(plan.queue);
		await db.acked.clear();
		await db.ackedBatches.clear();
		await db.meta.bulkPut([
			{ key: NEXT_MID, value: plan.nextMid },
			{ key: EPOCH, value: to }
		]);
		await db.meta.delete(RECORDS_CURSOR);
	});
}
