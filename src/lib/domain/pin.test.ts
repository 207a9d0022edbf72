import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPin, pinProblem } from './pin';

describe('Pin', () => {
	it('accepts six or more digits', () => {
		expect(isPin('123456')).toBe(true);
		expect(isPin('0000000000')).toBe(true);
	});

	it('rejects short PINs, other characters and non-strings', () => {
		for (const bad of ['12345', '12a456', '123 456', '１２３４５６', '', '-123456', 123456, null]) {
			expect(isPin(bad), String(bad)).toBe(false);
		}
	});

	it('tells the UI why a PIN was refused', () => {
		expect(pinProblem('12345')).toBe('too-short');
		expect(pinProblem('12a456')).toBe('digits-only');
		expect(pinProblem('123456')).toBeNull();
	});

	it('agrees with the rule for any string', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				expect(isPin(text)).toBe(/^[0-9]{6,}$/.test(text));
			})
		);
	});
});
