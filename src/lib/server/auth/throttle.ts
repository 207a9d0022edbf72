import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import {
	afterFailure,
	delayAfter,
	FREE_ATTEMPTS,
	MAX_DELAY_MS,
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

/** The wait after `failures` tries on `key`: an address's doubling starts after its larger allowance. */
const delayFor = (key: string, failures: number) =>
	isAddressKey(key)
		? delayAfter(failures - (ADDRESS_FREE_ATTEMPTS - FREE_ATTEMPTS))
		: delayAfter(failures);

/** The first count on `key` that starts a wait. */
const firstDelayed = (key: string) => (isAddressKey(key) ? ADDRESS_FREE_ATTEMPTS : FREE_ATTEMPTS);

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
	const delay = delayFor(key, failures);
	return {
		failures,
		blockedUntil: delay > 0 ? new Date(now.getTime() + delay).toISOString() : null
	};
}

/**
 * When a try made `now` blocks the key, by the count it brings the key to: one entry per count
 * up to the first that waits the ceiling, which every later count waits too.
 */
export function blockSchedule(key: string, now: Date) {
	const until = (delay: number) =>
		delay > 0 ? new Date(now.getTime() + delay).toISOString() : null;
	const counts: { failures: number; blockedUntil: string | null }[] = [];
	for (let failures = 1; delayFor(key, failures) < MAX_DELAY_MS; failures++) {
		counts.push({ failures, blockedUntil: until(delayFor(key, failures)) });
	}
	return { counts, beyond: until(MAX_DELAY_MS)! };
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

/**
 * Counts one try on `key` unless the key is waiting, in one statement: the row lock
 * (PostgreSQL) or the single writer (SQLite) lets parallel tries through one at a time, so
 * each sees the count and the wait the tries before it left. Answers whether it was counted.
 */
async function reserveOne(trx: Transaction<Database>, key: string, now: Date): Promise<boolean> {
	const at = now.toISOString();
	const staleBefore = isAddressKey(key)
		? new Date(now.getTime() - ADDRESS_MEMORY_MS).toISOString()
		: null;
	// The count this try starts from: an address forgets its failures after a quiet hour.
	const previous = staleBefore
		? sql<number>`(CASE WHEN login_throttle.updated_at < ${staleBefore} THEN 0 ELSE login_throttle.failures END)`
		: sql<number>`login_throttle.failures`;
	const schedule = blockSchedule(key, now);
	const blockedUntil: RawBuilder<string | null> = sql`(CASE ${previous} + 1 ${sql.join(
		schedule.counts.map(
			({ failures, blockedUntil }) => sql`WHEN ${sql.lit(failures)} THEN ${blockedUntil}`
		),
		sql` `
	)} ELSE ${schedule.beyond} END)`;
	const counted = await trx
		.insertInto('login_throttle')
		.values({
			key,
			failures: 1,
			blocked_until: nextState(key, undefined, now).blockedUntil,
			updated_at: at
		})
		.onConflict((oc) =>
			oc
				.column('key')
				.doUpdateSet({
					failures: sql<number>`${previous} + 1`,
					blocked_until: blockedUntil,
					updated_at: at
				})
				.where((eb) =>
					eb.or([
						eb('login_throttle.blocked_until', 'is', null),
						eb('login_throttle.blocked_until', '<=', at),
						...(staleBefore ? [eb('login_throttle.updated_at', '<', staleBefore)] : [])
					])
				)
		)
		.returning('failures')
		.executeTakeFirst();
	return counted !== undefined;
}

/**
 * Counts this sign-in try against every key before the password is checked, or against none:
 * answers 0 when the try may go ahead, else the milliseconds to wait. A try counts as a
 * failure until `settleSuccess` says otherwise, so parallel tries cannot all pass the check.
 */
export async function reserveAttempt(
	db: Kysely<Database>,
	keys: string[],
	now = new Date()
): Promise<number> {
	const refused = Symbol('refused');
	try {
		await db.transaction().execute(async (trx) => {
			for (const key of keys) {
				if (!(await reserveOne(trx, key, now))) throw refused;
			}
		});
		return 0;
	} catch (error) {
		if (error !== refused) throw error;
		// The wait may have just run out; the client still waits a moment.
		return Math.max(1000, await throttleWait(db, keys, now));
	}
}

/** Takes back the try counted on `key`: its count drops, and so does a wait it no longer earns. */
async function refund(db: Kysely<Database>, key: string) {
	await db
		.updateTable('login_throttle')
		.set({
			failures: sql<number>`failures - 1`,
			blocked_until: sql<
				string | null
			>`CASE WHEN failures - 1 < ${sql.lit(firstDelayed(key))} THEN NULL ELSE blocked_until END`
		})
		.where('key', '=', key)
		.where('failures', '>', 0)
		.execute();
}

/**
 * The password was right: the account's count is cleared, and the address's try is taken
 * back, so people signing in behind one office address never wait for each other.
 */
export async function settleSuccess(db: Kysely<Database>, keys: string[]) {
	const [account, ...others] = keys;
	if (account) await db.deleteFrom('login_throttle').where('key', '=', account).execute();
	for (const key of others) await refund(db, key);
}

/** The password was right but the account is disabled: that is no guess, so no try counts. */
export async function settleKnownPassword(db: Kysely<Database>, keys: string[]) {
	for (const key of keys) await refund(db, key);
}
