import type { Kysely } from 'kysely';
import {
	afterFailure,
	delayAfter,
	FREE_ATTEMPTS,
	waitRemaining,
	type ThrottleState
} from '$lib/domain/login-throttle';
import type { Database } from '../db/schema';

/** Throttle keys: one per account (whether or not it exists) and one per client address. */
export const throttleKeys = (email: string, address: string) => [
	`account:${email.toLowerCase()}`,
	`address:${address}`
];

/**
 * An address is shared by everyone behind one office NAT or mobile carrier, so it gets more
 * free tries than one account; and as no sign-in clears it, a quiet hour forgets its failures.
 */
export const ADDRESS_FREE_ATTEMPTS = 20;
export const ADDRESS_MEMORY_MS = 60 * 60_000;

const isAddressKey = (key: string) => key.startsWith('address:');

interface StoredState extends ThrottleState {
	updatedAt: string;
}

/** The state that still counts for `key`: a stale address state counts as none. */
export function currentState(
	key: string,
	stored: StoredState | undefined,
	now: Date
): ThrottleState | undefined {
	if (!stored) return undefined;
	if (isAddressKey(key) && now.getTime() - Date.parse(stored.updatedAt) > ADDRESS_MEMORY_MS) {
		return undefined;
	}
	return { failures: stored.failures, blockedUntil: stored.blockedUntil };
}

/** The state after one more failure: an address's doubling starts after its larger allowance. */
export function nextState(key: string, state: ThrottleState | undefined, now: Date): ThrottleState {
	if (!isAddressKey(key)) return afterFailure(state, now);
	const failures = (state?.failures ?? 0) + 1;
	const delay = delayAfter(failures - (ADDRESS_FREE_ATTEMPTS - FREE_ATTEMPTS));
	return {
		failures,
		blockedUntil: delay > 0 ? new Date(now.getTime() + delay).toISOString() : null
	};
}

async function read(db: Kysely<Database>, key: string, now: Date) {
	const row = await db
		.selectFrom('login_throttle')
		.select(['failures', 'blocked_until', 'updated_at'])
		.where('key', '=', key)
		.executeTakeFirst();
	const stored = row && {
		failures: row.failures,
		blockedUntil: row.blocked_until,
		updatedAt: row.updated_at
	};
	return currentState(key, stored, now);
}

/** Milliseconds until any of the keys allows another attempt (0: go ahead). */
export async function throttleWait(db: Kysely<Database>, keys: string[], now = new Date()) {
	const states = await Promise.all(keys.map((key) => read(db, key, now)));
	return Math.max(0, ...states.map((state) => waitRemaining(state, now)));
}

export async function recordFailure(db: Kysely<Database>, keys: string[], now = new Date()) {
	await db.transaction().execute(async (trx) => {
		for (const key of keys) {
			const next = nextState(key, await read(trx, key, now), now);
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
