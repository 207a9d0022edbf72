import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsVerification, nextMeeting, type MeetingRule } from './meetings';

const everySecondTuesday: MeetingRule = {
	weekday: 2,
	everyWeeks: 2,
	anchor: '2026-11-17',
	start: '13:00',
	end: '15:00'
};

describe('next meeting', () => {
	it('finds the next meeting of an every-second-week series', () => {
		expect(nextMeeting(everySecondTuesday, '2026-11-17')).toBe('2026-11-17');
		expect(nextMeeting(everySecondTuesday, '2026-11-18')).toBe('2026-12-01');
		expect(nextMeeting(everySecondTuesday, '2026-11-25')).toBe('2026-12-01');
		// before the anchor date too
		expect(nextMeeting(everySecondTuesday, '2026-11-04')).toBe('2026-11-17');
		expect(nextMeeting(everySecondTuesday, '2026-11-03')).toBe('2026-11-03');
	});

	it('always answers a date on or after today, within one period, on the series', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 3000 }),
				fc.integer({ min: 1, max: 4 }),
				(days, weeks) => {
					const today = new Date(Date.UTC(2025, 0, 1) + days * 86_400_000)
						.toISOString()
						.slice(0, 10);
					const rule = { ...everySecondTuesday, everyWeeks: weeks };
					const next = nextMeeting(rule, today);
					const gap = (Date.parse(next) - Date.parse(today)) / 86_400_000;
					expect(gap).toBeGreaterThanOrEqual(0);
					expect(gap).toBeLessThan(weeks * 7);
					const sinceAnchor = (Date.parse(next) - Date.parse(rule.anchor)) / 86_400_000;
					expect(Math.abs(sinceAnchor % (weeks * 7))).toBe(0);
				}
			)
		);
	});
});

describe('verification badge', () => {
	it('asks to check details older than twelve months', () => {
		expect(needsVerification('2025-11-24', '2026-11-25')).toBe(true);
		expect(needsVerification('2025-11-25', '2026-11-25')).toBe(false);
		expect(needsVerification('2026-06-01', '2026-11-25')).toBe(false);
	});
});
