import type { Kysely } from 'kysely';
import { afterFailure, waitRemaining, type ThrottleState } from '$lib/domain/login-throttle';
import type { Database } from '../db/schema';

/** Throttle keys: one per account (whether or not it exists) and one per client address. */
export const throttleKeys = (email: string, address: string) => [
	`account:${email.toLowerCase()}`,
	`address:${address}`
];

async function read(db: Kysely<Database>, key: string): Promise<ThrottleState | undefined> {
	const row = await db
		.selectFrom('login_throttle')
		.select(['failures', 'blocked_until'])
		.where('key', '=', key)
		.executeTakeFirst();
	return row ? { failures: row.failures, blockedUntil: row.blocked_until } : undefined;
}

/** Milliseconds until any of the keys allows another attempt (0: go ahead). */
export async function throttleWait(db: Kysely<Database>, keys: string[], now = new Date()) {
	const states = await Promise.all(keys.map((key) => read(db, key)));
	return Math.max(0, ...states.map((state) => waitRemaining(state, now)));
}

export async function recordFailure(db: Kysely<Database>, keys: string[], now = new Date()) {
	await db.transaction().execute(async (trx) => {
		for (const key of keys) {
			const next = afterFailure(await read(trx, key), now);
			await trx
				.insertInto('login_throttle')
				.values({
					key,
					failures: next.failures,
					blocked_until: next.blockedUntil,
					updated_at: now.toISOString()
				})
				.onConflict((oc) =>
					oc.column('key').doUpdateSet({
						failures: next.failures,
						blocked_until: next.blockedUntil,
						updated_at: now.toISOString()
					})
				)
				.execute();
		}
	});
}

/** A successful sign-in clears the account's count (the address keeps its own). */
export async function clearFailures(db: Kysely<Database>, key: string) {
	await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}
