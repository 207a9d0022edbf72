import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaError } from './quota';

describe('isQuotaError', () => {
	it('knows the browser’s own error and Dexie’s wrapping of it', () => {
		const full = new DOMException(
			'The current transaction exceeded its quota.',
			'QuotaExceededError'
		);
		expect(isQuotaError(full)).toBe(true);
		expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
		expect(isQuotaError(new Dexie.AbortError('aborted', full))).toBe(true);
		// A DOMException of another realm is no `Error` here, and still the same failure.
		const foreign = { name: 'QuotaExceededError', message: 'full' };
		expect(isQuotaError(new Dexie.AbortError('aborted', foreign))).toBe(true);
	});

	it('does not take other failures for a full device', () => {
		expect(isQuotaError(new Dexie.ConstraintError('duplicate key'))).toBe(false);
		expect(isQuotaError(new Dexie.AbortError('aborted', new Error('other')))).toBe(false);
		expect(isQuotaError('QuotaExceededError')).toBe(false);
		expect(isQuotaError(undefined)).toBe(false);
	});
});
