import { describe, expect, it } from 'vitest';
import {
	isIsoDate,
	localDate,
	localDateOf,
	localDateTimeValue,
	parseLocalDateTime,
	startOfLocalDay
} from './local-date';

describe('local dates and times', () => {
	it('reads and writes datetime-local values in the device’s time zone', () => {
		const moment = new Date(2026, 2, 9, 14, 5);
		expect(localDate(moment)).toBe('2026-03-09');
		expect(localDateTimeValue(moment)).toBe('2026-03-09T14:05');
		expect(parseLocalDateTime('2026-03-09T14:05')?.getTime()).toBe(moment.getTime());
		expect(parseLocalDateTime('9.3.2026 14:05')).toBeUndefined();
		expect(parseLocalDateTime('')).toBeUndefined();
	});

	it('takes the local calendar day of an instant, not its UTC date', () => {
		const lateEvening = new Date(2026, 2, 8, 23, 30);
		expect(localDateOf(lateEvening.toISOString())).toBe('2026-03-08');
		expect(startOfLocalDay(lateEvening).getTime()).toBe(new Date(2026, 2, 8).getTime());
		expect(isIsoDate('2026-03-08')).toBe(true);
		expect(isIsoDate('8.3.2026')).toBe(false);
	});
});
