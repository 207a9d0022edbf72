import { describe, expect, it } from 'vitest';
import { callDurationMinutes, formatElapsed, parseDuration } from './draft';

describe('the call timer', () => {
	it('counts every started minute, up to the schema’s limit', () => {
		expect(callDurationMinutes(0, 0)).toBe(0);
		expect(callDurationMinutes(0, 1_000)).toBe(1);
		expect(callDurationMinutes(0, 60_000)).toBe(1);
		expect(callDurationMinutes(0, 60_001)).toBe(2);
		expect(callDurationMinutes(5_000, 1_000)).toBe(0);
		expect(callDurationMinutes(0, 11 * 3_600_000)).toBe(600);
	});

	it('shows minutes and seconds, and hours when a call runs that long', () => {
		expect(formatElapsed(0)).toBe('0:00');
		expect(formatElapsed(247_900)).toBe('4:07');
		expect(formatElapsed(3_729_000)).toBe('1:02:09');
	});
});

describe('a typed duration', () => {
	it('takes a typed duration of whole minutes only', () => {
		expect(parseDuration(' 12 ')).toBe(12);
		expect(parseDuration('0')).toBe(0);
		expect(parseDuration('601')).toBeUndefined();
		expect(parseDuration('1.5')).toBeUndefined();
		expect(parseDuration('')).toBeUndefined();
	});
});
