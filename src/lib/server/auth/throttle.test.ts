import { describe, expect, it } from 'vitest';
import { FREE_ATTEMPTS, MAX_DELAY_MS, type ThrottleState } from '$lib/domain/login-throttle';
import {
	ADDRESS_FREE_ATTEMPTS,
	ADDRESS_MEMORY_MS,
	blockSchedule,
	currentState,
	nextState,
	throttleKeys
} from './throttle';

const now = new Date('2026-11-25T10:00:00Z');
const [account, address] = throttleKeys('Someone@Example.fi', '203.0.113.7') as [string, string];

function failures(key: string, count: number) {
	let state: ThrottleState | undefined;
	for (let i = 0; i < count; i++) state = nextState(key, state, now);
	return state;
}

describe('sign-in throttle keys', () => {
	it('keys the account case-insensitively and the address as given', () => {
		expect(account).toBe('account:someone@example.fi');
		expect(address).toBe('address:203.0.113.7');
	});

	it('delays an account after its few free tries', () => {
		expect(failures(account, FREE_ATTEMPTS - 1)?.blockedUntil).toBeNull();
		expect(failures(account, FREE_ATTEMPTS)?.blockedUntil).toBe('2026-11-25T10:00:02.000Z');
	});

	it('gives a shared address more free tries, then the same doubling', () => {
		expect(failures(address, ADDRESS_FREE_ATTEMPTS - 1)?.blockedUntil).toBeNull();
		expect(failures(address, ADDRESS_FREE_ATTEMPTS)?.blockedUntil).toBe('2026-11-25T10:00:02.000Z');
		expect(failures(address, ADDRESS_FREE_ATTEMPTS + 1)?.blockedUntil).toBe(
			'2026-11-25T10:00:04.000Z'
		);
	});

	it('forgets an address after a quiet hour, but never an account', () => {
		const stored = { failures: 30, blockedUntil: null, updatedAt: now.toISOString() };
		const later = new Date(now.getTime() + ADDRESS_MEMORY_MS + 1);
		expect(currentState(address, stored, now)?.failures).toBe(30);
		expect(currentState(address, stored, later)).toBeUndefined();
		expect(currentState(account, stored, later)?.failures).toBe(30);
	});
});

describe('the block schedule the database applies', () => {
	it('blocks each count as one more failure would, and the ceiling beyond its last entry', () => {
		for (const key of [account, address]) {
			const { counts, beyond } = blockSchedule(key, now);
			expect(counts.map((entry) => entry.failures)).toEqual(counts.map((_, i) => i + 1));
			for (const { failures, blockedUntil } of counts) {
				expect(blockedUntil).toBe(
					nextState(key, { failures: failures - 1, blockedUntil: null }, now).blockedUntil
				);
			}
			const last = counts.length;
			expect(beyond).toBe(new Date(now.getTime() + MAX_DELAY_MS).toISOString());
			for (const failures of [last + 1, last + 50]) {
				expect(
					nextState(key, { failures: failures - 1, blockedUntil: null }, now).blockedUntil
				).toBe(beyond);
			}
		}
	});
});
