import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';

describe('sync backoff', () => {
	it('grows with failures, stays within five minutes and honours Retry-After', () => {
		expect(backoffDelay(1, () => 1)).toBe(2_000);
		expect(backoffDelay(3, () => 1)).toBe(8_000);
		expect(backoffDelay(30, () => 1)).toBe(300_000);
		expect(backoffDelay(1, () => 0, 60_000)).toBe(60_000);
		fc.assert(
			fc.property(fc.nat(100), fc.double({ min: 0, max: 1, noNaN: true }), (failures, r) => {
				const delay = backoffDelay(failures, () => r);
				expect(delay).toBeGreaterThanOrEqual(1_000);
				expect(delay).toBeLessThanOrEqual(300_000);
			})
		);
	});
});
