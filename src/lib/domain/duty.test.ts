import { describe, expect, it } from 'vitest';
import {
	coordinatorToCall,
	formatDuty,
	helsinkiWeekTime,
	onDutyAt,
	parseDuty,
	type DutyPerson
} from './duty';

// 12 May 2026 is a Tuesday; Finland is then on summer time (UTC+3).
const at = (iso: string) => Date.parse(iso);
const tuesdayMorning = at('2026-05-12T05:30:00Z'); // 08:30 in Helsinki
const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '16:00' }));

const coordinator = (id: string, countyId: string, duty = weekdays): DutyPerson => ({
	id,
	name: `Koordinaattori ${id}`,
	countyId,
	roles: ['ot-coordinator'],
	phone: `040 000 ${id}`,
	duty
});

describe('the duty rota', () => {
	it('reads the weekday and the hour in Finnish time, summer and winter', () => {
		expect(helsinkiWeekTime(tuesdayMorning)).toEqual({ weekday: 2, minutes: 8 * 60 + 30 });
		// Winter (UTC+2): 06:30 UTC is 08:30 in Helsinki too.
		expect(helsinkiWeekTime(at('2026-01-13T06:30:00Z'))).toEqual({ weekday: 2, minutes: 510 });
		// Monday 21:30 UTC is already Tuesday 00:30 in Helsinki.
		expect(helsinkiWeekTime(at('2026-05-11T21:30:00Z'))).toEqual({ weekday: 2, minutes: 30 });
		// Sunday is 7.
		expect(helsinkiWeekTime(at('2026-05-17T09:00:00Z')).weekday).toBe(7);
	});

	it('is on duty from the start of a slot up to its end, on its weekday only', () => {
		expect(onDutyAt(weekdays, at('2026-05-12T05:00:00Z'))).toBe(true); // 08:00
		expect(onDutyAt(weekdays, at('2026-05-12T04:59:00Z'))).toBe(false); // 07:59
		expect(onDutyAt(weekdays, at('2026-05-12T12:59:00Z'))).toBe(true); // 15:59
		expect(onDutyAt(weekdays, at('2026-05-12T13:00:00Z'))).toBe(false); // 16:00
		expect(onDutyAt(weekdays, at('2026-05-16T07:00:00Z'))).toBe(false); // Saturday 10:00
		expect(
			onDutyAt([{ weekday: 6, start: '00:00', end: '24:00' }], at('2026-05-16T20:59:00Z'))
		).toBe(true); // Saturday 23:59
		expect(onDutyAt(undefined, tuesdayMorning)).toBe(false);
	});

	it("calls the county's coordinator on duty, then the OT area's, then the settings number", () => {
		const mondaysOnly = [{ weekday: 1, start: '08:00', end: '16:00' }];
		const people = [
			coordinator('1001', 'pirkanmaa', mondaysOnly),
			coordinator('1002', 'pirkanmaa'),
			coordinator('1003', 'kanta-hame'),
			coordinator('1004', 'lappi')
		];
		expect(coordinatorToCall(people, 'pirkanmaa', tuesdayMorning)).toEqual({
			id: '1002',
			name: 'Koordinaattori 1002',
			phone: '040 000 1002',
			source: 'county'
		});
		// Nobody of Pirkanmaa on duty: Kanta-Häme is in the same OT area (Sisä-Suomi).
		const areaOnly = people.filter((person) => person.id !== '1002');
		expect(coordinatorToCall(areaOnly, 'pirkanmaa', tuesdayMorning)).toMatchObject({
			id: '1003',
			source: 'area'
		});
		// Lapland is another area: at night nobody is on duty, so the settings number.
		const night = at('2026-05-12T20:00:00Z');
		expect(coordinatorToCall(people, 'pirkanmaa', night, '020 000 0000')).toEqual({
			id: null,
			name: null,
			phone: '020 000 0000',
			source: 'settings'
		});
		expect(coordinatorToCall([people[3]!], 'pirkanmaa', tuesdayMorning)).toBeNull();
	});

	it('passes over whoever is not a coordinator or has no phone', () => {
		const noPhone = { ...coordinator('1005', 'pirkanmaa'), phone: undefined };
		const expert = { ...coordinator('1006', 'pirkanmaa'), roles: ['consulting-expert'] };
		expect(coordinatorToCall([noPhone, expert], 'pirkanmaa', tuesdayMorning)).toBeNull();
	});
});

describe('a rota written as text', () => {
	it('reads day ranges and hours as a spreadsheet has them, in Finnish, Swedish or English', () => {
		expect(parseDuty('ma-ti 8-16, la 10:30–14')).toEqual({
			slots: [
				{ weekday: 1, start: '08:00', end: '16:00' },
				{ weekday: 2, start: '08:00', end: '16:00' },
				{ weekday: 6, start: '10:30', end: '14:00' }
			]
		});
		expect(parseDuty('fr 0-24 | Sun 9.15-12')).toEqual({
			slots: [
				{ weekday: 5, start: '00:00', end: '24:00' },
				{ weekday: 7, start: '09:15', end: '12:00' }
			]
		});
		expect(parseDuty('')).toEqual({ slots: [] });
	});

	it('names the part it cannot read', () => {
		expect(parseDuty('ma 8-16, maanantaina')).toEqual({ error: 'maanantaina' });
		expect(parseDuty('ma 16-8')).toEqual({ error: 'ma 16-8' });
		expect(parseDuty('pe-ma 8-16')).toEqual({ error: 'pe-ma 8-16' });
		expect(parseDuty('ma 8-25')).toEqual({ error: 'ma 8-25' });
	});

	it('writes slots back in the reader’s language, by weekday', () => {
		const slots = [
			{ weekday: 3, start: '08:00', end: '16:00' },
			{ weekday: 1, start: '09:00', end: '12:00' },
			{ weekday: 5, start: '18:00', end: '24:00' }
		];
		// Each language writes the clock as Finland does in it: 9.00 in Finnish, 09:00 in English.
		expect(formatDuty(slots, 'fi')).toBe('ma 09.00–12.00, ke 08.00–16.00, pe 18.00–24.00');
		expect(formatDuty(slots, 'sv')).toBe('må 09.00–12.00, on 08.00–16.00, fr 18.00–24.00');
		expect(formatDuty(slots, 'en')).toBe('Mon 09:00–12:00, Wed 08:00–16:00, Fri 18:00–24:00');
	});
});
