import { describe, expect, it } from 'vitest';
import {
	daysAgo,
	formatClock,
	formatDay,
	formatMoment,
	formatShortMoment,
	formatTimeOfDay
} from './date-format';

// Built from local parts: the same moment on any test machine's time zone.
const moment = new Date(2026, 11, 4, 14, 8);

describe('date format', () => {
	it('writes a calendar date one way per language', () => {
		expect(formatDay('2026-12-04', 'fi')).toBe('4.12.2026');
		expect(formatDay('2026-12-04', 'sv')).toBe('4.12.2026');
		expect(formatDay('2026-12-04', 'sv', true)).toBe('fre 4.12.2026');
		expect(formatDay('2026-12-04', 'en')).toBe('04/12/2026');
		expect(formatDay('2026-12-04', 'fi', true)).toBe('pe 4.12.2026');
	});

	it('writes moments with the same date and a 24-hour clock, never "12/4/2026, 2:08 PM"', () => {
		expect(formatClock(moment, 'fi')).toBe('14.08');
		expect(formatClock(moment, 'en')).toBe('14:08');
		for (const locale of ['fi', 'sv', 'en'] as const) {
			const written = formatMoment(moment.toISOString(), locale);
			expect(written).toContain(formatDay('2026-12-04', locale));
			expect(written).toContain(formatClock(moment, locale));
			expect(written).not.toMatch(/PM|AM/);
		}
	});

	it('writes a wall-clock time as the language does, and leaves odd text as it is', () => {
		expect(formatTimeOfDay('08:30', 'fi')).toBe('08.30');
		expect(formatTimeOfDay('08:30', 'sv')).toBe('08.30');
		expect(formatTimeOfDay('16:00', 'en')).toBe('16:00');
		expect(formatTimeOfDay('soon', 'en')).toBe('soon');
	});

	it('writes a moment of this year without the year', () => {
		expect(formatShortMoment(moment, 'fi')).toBe('4.12. klo 14.08');
		expect(formatShortMoment(moment, 'sv')).toBe('4.12 14.08');
		expect(formatShortMoment(moment, 'en')).toBe('04/12, 14:08');
	});

	it('counts calendar days back on this device, not 24-hour spans', () => {
		const now = new Date(2026, 11, 5, 0, 30);
		expect(daysAgo(new Date(2026, 11, 5, 0, 10), now)).toBe(0);
		expect(daysAgo(new Date(2026, 11, 4, 23, 50), now)).toBe(1);
		expect(daysAgo(new Date(2026, 11, 3, 1, 0), now)).toBe(2);
		expect(daysAgo(new Date(2026, 10, 30, 12, 0).toISOString(), now)).toBe(5);
	});
});
