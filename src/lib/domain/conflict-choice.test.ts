import { describe, expect, it } from 'vitest';
import { BOTH_SEPARATOR, canKeepBoth, keepBoth, resolution } from './conflict-choice';

describe('settling a sync conflict', () => {
	const plan = { field: 'plan', serverValue: 'Tapaaminen ti', clientValue: 'Soitto isälle' };

	it('keeps the server value by writing nothing, only closing the conflict', () => {
		expect(resolution('theirs', plan)).toEqual({ fields: {}, resolves: ['plan'] });
	});

	it("keeps the device's value by writing it", () => {
		expect(resolution('yours', plan)).toEqual({
			fields: { plan: 'Soitto isälle' },
			resolves: ['plan']
		});
	});

	it('keeps both texts, joined with a separator, server text first', () => {
		expect(resolution('both', plan).fields.plan).toBe(
			`Tapaaminen ti${BOTH_SEPARATOR}Soitto isälle`
		);
		expect(keepBoth('sama', 'sama')).toBe('sama');
		expect(keepBoth('', 'vain laitteella')).toBe('vain laitteella');
		expect(keepBoth('vain palvelimella', '  ')).toBe('vain palvelimella');
	});

	it('unites two lists and refuses to "keep both" of anything else', () => {
		expect(keepBoth(['a', 'b'], ['b', 'c'])).toEqual(['a', 'b', 'c']);
		expect(canKeepBoth('x', 'y')).toBe(true);
		expect(canKeepBoth(['x'], [])).toBe(true);
		expect(canKeepBoth('2026-05-01', null)).toBe(false);
		expect(canKeepBoth(true, false)).toBe(false);
		expect(() => keepBoth(true, false)).toThrow(TypeError);
	});
});
