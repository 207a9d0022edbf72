import { afterEach, describe, expect, it, vi } from 'vitest';
import { randomBytes } from './encoding';
import {
	checkIterations,
	deriveWrappingKey,
	iterationsFor,
	MIN_PBKDF2_ITERATIONS,
	WeakKdfError
} from './kdf';

describe('PBKDF2 iteration policy', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
	});

	it('defaults to 600 000 and accepts more', () => {
		expect(MIN_PBKDF2_ITERATIONS).toBe(600_000);
		expect(iterationsFor()).toBe(600_000);
		expect(iterationsFor({ iterations: 1_000_000 })).toBe(1_000_000);
	});

	it('refuses fewer than 600 000 without the explicit test option', () => {
		expect(() => iterationsFor({ iterations: 599_999 })).toThrow(WeakKdfError);
		expect(() => checkIterations(1000)).toThrow(WeakKdfError);
		expect(checkIterations(1000, { insecureTestIterations: true })).toBe(1000);
	});

	it('refuses counts that are not positive integers, even for tests', () => {
		for (const bad of [0, -5, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
			expect(() => checkIterations(bad, { insecureTestIterations: true })).toThrow(RangeError);
		}
	});

	it('refuses the test option in a production build', () => {
		vi.stubEnv('PROD', true);
		expect(() => checkIterations(1000, { insecureTestIterations: true })).toThrow(/production/);
	});

	it('derives a non-extractable AES-KW key that depends on secret and salt', async () => {
		const options = { insecureTestIterations: true } as const;
		const salt = randomBytes(16);
		const key = await deriveWrappingKey('123456', salt, 1000, options);
		expect(key.extractable).toBe(false);
		expect(key.algorithm.name).toBe('AES-KW');
		expect(key.usages.sort()).toEqual(['unwrapKey', 'wrapKey']);
		await expect(deriveWrappingKey('123456', salt, 1000)).rejects.toThrow(WeakKdfError);
	});
});
