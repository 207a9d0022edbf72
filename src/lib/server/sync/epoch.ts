import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { formatEpoch, parseEpoch, type ServerEpoch } from '$lib/domain/sync/epoch';
import type { Database } from '../db/schema';

export const EPOCH_KEY = 'sync_epoch';

type Db = Kysely<Database> | Transaction<Database>;

/** A fresh epoch id: random, so two restores of the same backup never share one. */
export const newEpochId = (): string => randomBytes(12).toString('base64url');

/**
 * The server's epoch, made at first start when missing (migration 0010 makes it too) and kept
 * in the database like the auth secret, so every process behind a load balancer answers the same.
 */
export async function currentEpoch(db: Db): Promise<ServerEpoch> {
	const row = await db
		.selectFrom('app_meta')
		.select('value')
		.where('key', '=', EPOCH_KEY)
		.executeTakeFirst();
	if (row) return parseEpoch(row.value);
	await db
		.insertInto('app_meta')
		.values({ key: EPOCH_KEY, value: formatEpoch({ id: newEpochId(), n: 1 }) })
		.onConflict((oc) => oc.column('key').doNothing())
		.execute();
	return currentEpoch(db);
}

/**
 * Starts a new epoch, once: only when the epoch is still `from` (a compare-and-set), so several
 * requests or processes that find the same sign of a restore at once rotate it one time.
 * Answers the epoch in force afterwards.
 */
export async function rotateEpoch(db: Db, from?: ServerEpoch): Promise<ServerEpoch> {
	const before = from ?? (await currentEpoch(db));
	const next = { id: newEpochId(), n: before.n + 1 };
	await db
		.updateTable('app_meta')
		.set({ value: formatEpoch(next) })
		.where('key', '=', EPOCH_KEY)
		.where('value', '=', formatEpoch(before))
		.execute();
	return currentEpoch(db);
}
