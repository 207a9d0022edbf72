import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MONTHS_BETWEEN_LIMIT, monthNumber, monthsBetween } from './finnish-time';
import { STATS_MAX_MONTHS, statsRangeProblem } from './range';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const anyDay = fc
	.record({
		year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1995, max: 2105 })),
		month: fc.integer({ min: 1, max: 12 }),
		day: fc.integer({ min: 1, max: 28 })
	})
	.map(({ year, month, day }) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`);

describe('months as numbers', () => {
	it('lists the months of a range at the end of year 9999 and stops', () => {
		expect(monthsBetween('9999-12-01', '9999-12-31')).toEqual(['9999-12']);
		expect(monthsBetween('9999-11-15', '9999-12-31')).toEqual(['9999-11', '9999-12']);
		expect(monthsBetween('0000-12-01', '0001-01-31')).toEqual(['0000-12', '0001-01']);
		expect(monthsBetween('2023-03-01', '2023-02-01')).toEqual([]);
	});

	it('refuses to list more than its limit of months, whatever it is given', () => {
		expect(() => monthsBetween('0000-01-01', '9999-12-31')).toThrow(RangeError);
		expect(() => monthsBetween('not a day', '2023-01-01')).toThrow(RangeError);
		expect(monthsBetween('2000-01-01', '2099-12-31')).toHaveLength(MONTHS_BETWEEN_LIMIT);
	});

	it('orders months as numbers, where text would put 10000 before 9999', () => {
		expect(monthNumber('9999-12')).toBeLessThan(monthNumber('10000-01'));
		expect(monthNumber('9999-12-31')).toBe(monthNumber('9999-12'));
	});
});

describe('statistics ranges', () => {
	it('takes ranges within 2000–2100 of at most 20 years', () => {
		expect(statsRangeProblem('2000-01-01', '2019-12-31')).toBeNull();
		expect(statsRangeProblem('2100-12-31', '2100-12-31')).toBeNull();
		expect(statsRangeProblem('2023-02-01', '2023-08-31')).toBeNull();
	});

	it('says what is wrong with any other', () => {
		expect(statsRangeProblem('9999-01-01', '9999-12-31')).toBe('outside-years');
		expect(statsRangeProblem('1999-12-31', '2000-01-01')).toBe('outside-years');
		expect(statsRangeProblem('2100-12-31', '2101-01-01')).toBe('outside-years');
		expect(statsRangeProblem('2000-01-01', '2020-01-01')).toBe('too-long');
		expect(statsRangeProblem('2023-03-02', '2023-03-01')).toBe('reversed');
		expect(statsRangeProblem('2023-02-30', '2023-03-01')).toBe('not-a-day');
		expect(statsRangeProblem('10000-01-01', '10000-01-02')).toBe('not-a-day');
	});

	it('lets through only ranges whose month list is short, for any two days of 0000–9999', () => {
		fc.assert(
			fc.property(anyDay, anyDay, (from, to) => {
				const year = (day: string) => Number(day.slice(0, 4));
				const inYears = [from, to].every((day) => year(day) >= 2000 && year(day) <= 2100);
				const problem = statsRangeProblem(from, to);
				const months = monthNumber(to) - monthNumber(from) + 1;
				expect(problem === null).toBe(inYears && from <= to && months <= 240);
				if (problem === null) {
					expect(monthsBetween(from, to).length).toBeGreaterThan(0);
					expect(monthsBetween(from, to).length).toBeLessThanOrEqual(STATS_MAX_MONTHS);
				}
			}),
			{ numRuns: 2000, seed: 20_261_125 }
		);
	});
});
