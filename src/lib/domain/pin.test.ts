import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPin, Pin } from './pin';

describe('Pin', () => {
	it('accepts six or more digits', () => {
		expect(Pin.parse('123456')).toBe('123456');
		expect(isPin('0000000000')).toBe(true);
	});

	it('rejects short PINs, other characters and non-strings', () => {
		for (const bad of ['12345', '12a456', '123 456', '１２３４５６', '', '-123456', 123456, null]) {
			expect(isPin(bad), String(bad)).toBe(false);
		}
	});

	it('tells the UI why a PIN was refused', () => {
		expect(Pin.safeParse('12345').error?.issues[0]?.message).toBe('too-short');
		expect(Pin.safeParse('12a456').error?.issues[0]?.message).toBe('digits-only');
	});

	it('agrees with the rule for any string', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				expect(isPin(text)).toBe(/^[0-9]{6,}$/.test(text));
			})
		);
	});
});
