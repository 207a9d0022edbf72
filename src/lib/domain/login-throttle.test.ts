import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	afterFailure,
	delayAfter,
	FREE_ATTEMPTS,
	MAX_DELAY_MS,
	waitRemaining
} from './login-throttle';

describe('login throttle', () => {
	it('lets the first few attempts through and then doubles the wait', () => {
		expect(delayAfter(FREE_ATTEMPTS - 1)).toBe(0);
		expect(delayAfter(FREE_ATTEMPTS)).toBe(2_000);
		expect(delayAfter(FREE_ATTEMPTS + 1)).toBe(4_000);
	});

	it('never locks anyone out for good: the tenth and the thousandth failure wait at most the ceiling', () => {
		expect(delayAfter(10)).toBeLessThanOrEqual(MAX_DELAY_MS);
		fc.assert(fc.property(fc.nat(10_000), (n) => delayAfter(n) <= MAX_DELAY_MS));
	});

	it('blocks until the delay has passed', () => {
		const now = new Date('2026-11-25T10:00:00Z');
		let state = afterFailure(undefined, now);
		for (let i = 1; i < FREE_ATTEMPTS; i++) state = afterFailure(state, now);
		expect(state.failures).toBe(FREE_ATTEMPTS);
		expect(waitRemaining(state, now)).toBe(2_000);
		expect(waitRemaining(state, new Date(now.getTime() + 2_000))).toBe(0);
		expect(waitRemaining(undefined, now)).toBe(0);
	});
});
