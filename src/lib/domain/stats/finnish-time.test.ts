import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	addMonths,
	helsinkiDay,
	helsinkiOffsetHours,
	isDay,
	lastDayOfMonth,
	monthsBefore,
	monthsBetween
} from './finnish-time';

const intlDay = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Europe/Helsinki',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

describe('Finnish calendar days', () => {
	it('agrees with Intl (Europe/Helsinki) for any instant 1997–2099', () => {
		fc.assert(
			fc.property(fc.integer({ min: Date.UTC(1997, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
				expect(helsinkiDay(ms)).toBe(intlDay.format(ms));
			}),
			{ numRuns: 2000, seed: 20_261_125 }
		);
	});

	it('changes to summer time at 01:00 UTC on the last Sunday of March and back in October', () => {
		expect(helsinkiOffsetHours(Date.parse('2023-03-26T00:59:59Z'))).toBe(2);
		expect(helsinkiOffsetHours(Date.parse('2023-03-26T01:00:00Z'))).toBe(3);
		expect(helsinkiOffsetHours(Date.parse('2023-10-29T00:59:59Z'))).toBe(3);
		expect(helsinkiOffsetHours(Date.parse('2023-10-29T01:00:00Z'))).toBe(2);
	});

	it('puts a late-evening call in the Finnish day, not the UTC one', () => {
		expect(helsinkiDay('2023-03-31T21:30:00Z')).toBe('2023-04-01');
		expect(helsinkiDay('2023-03-31T20:59:59.999Z')).toBe('2023-03-31');
		expect(helsinkiDay('2023-12-31T22:00:00Z')).toBe('2024-01-01');
		expect(helsinkiDay('2023-12-31T21:59:59Z')).toBe('2023-12-31');
	});

	it('knows real days', () => {
		expect(isDay('2024-02-29')).toBe(true);
		expect(isDay('2023-02-29')).toBe(false);
		expect(isDay('2023-13-01')).toBe(false);
		expect(isDay('2023-1-01')).toBe(false);
		expect(isDay('2023-01-01T00:00')).toBe(false);
	});

	it('counts months', () => {
		expect(addMonths('2023-11', 3)).toBe('2024-02');
		expect(addMonths('2023-01', -1)).toBe('2022-12');
		expect(addMonths('2023-01', -24)).toBe('2021-01');
		expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
		expect(monthsBetween('2023-02-15', '2023-05-01')).toEqual([
			'2023-02',
			'2023-03',
			'2023-04',
			'2023-05'
		]);
		expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
		expect(monthsBefore('2026-11-25', 24)).toBe('2024-11-25');
	});
});
