import { describe, expect, it } from 'vitest';
import { FREE_ATTEMPTS, type ThrottleState } from '$lib/domain/login-throttle';
import {
	ADDRESS_FREE_ATTEMPTS,
	ADDRESS_MEMORY_MS,
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
