import { findCounty } from './areas';
import { formatTimeOfDay } from './date-format';
import { helsinkiOffsetHours } from './stats/finnish-time';

/**
 * The duty rota (issue 16): who of a county's OT coordinators is on duty when. Each
 * coordinator's directory entry lists their weekly slots; together they are the county's rota,
 * and a device answers "whom do I call now" from its directory copy, offline.
 */

/** One weekly slot: weekday 1 = Monday … 7 = Sunday, times HH:MM in Finnish time, end exclusive. */
export interface DutySlot {
	weekday: number;
	start: string;
	end: string;
}

const HOUR = 3_600_000;

/** Minutes since midnight of HH:MM ('24:00' is the end of the day). */
export const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The weekday (1 = Monday) and minutes since midnight in Helsinki at an instant. */
export function helsinkiWeekTime(ms: number): { weekday: number; minutes: number } {
	const local = new Date(ms + helsinkiOffsetHours(ms) * HOUR);
	return {
		weekday: local.getUTCDay() === 0 ? 7 : local.getUTCDay(),
		minutes: local.getUTCHours() * 60 + local.getUTCMinutes()
	};
}

/** Whether any of the slots covers the instant, in Finnish time. */
export function onDutyAt(slots: readonly DutySlot[] | undefined, ms: number): boolean {
	if (!slots || slots.length === 0) return false;
	const { weekday, minutes } = helsinkiWeekTime(ms);
	return slots.some(
		(slot) =>
			slot.weekday === weekday && minutesOf(slot.start) <= minutes && minutes < minutesOf(slot.end)
	);
}

/** What the rota reads of a directory person. */
export interface DutyPerson {
	id: string;
	name: string;
	countyId: string;
	roles: readonly string[];
	phone?: string;
	/** Missing on entries written before the rota existed: never on duty. */
	duty?: readonly DutySlot[];
}

export interface CoordinatorToCall {
	/** Null for the number in settings, which is nobody's in particular. */
	id: string | null;
	name: string | null;
	phone: string;
	/** Whose: the user's county's on-duty coordinator, the OT area's, or the settings number. */
	source: 'county' | 'area' | 'settings';
}

const byName = (a: DutyPerson, b: DutyPerson) => a.name.localeCompare(b.name, 'fi');

/**
 * The coordinator a worker of `countyId` calls at the instant: the county's coordinator on duty,
 * else one on duty elsewhere in the same OT area (the area's hospital district covers the
 * county), else the number in settings; null when there is none of these.
 */
export function coordinatorToCall(
	people: readonly DutyPerson[],
	countyId: string,
	ms: number,
	settingsPhone: string | null = null
): CoordinatorToCall | null {
	const onDuty = people
		.filter(
			(person) =>
				!!person.phone && person.roles.includes('ot-coordinator') && onDutyAt(person.duty, ms)
		)
		.sort(byName);
	const toCall = (person: DutyPerson, source: 'county' | 'area'): CoordinatorToCall => ({
		id: person.id,
		name: person.name,
		phone: person.phone!,
		source
	});
	const own = onDuty.find((person) => person.countyId === countyId);
	if (own) return toCall(own, 'county');
	const areaId = findCounty(countyId)?.areaId;
	const inArea = areaId && onDuty.find((person) => findCounty(person.countyId)?.areaId === areaId);
	if (inArea) return toCall(inArea, 'area');
	return settingsPhone ? { id: null, name: null, phone: settingsPhone, source: 'settings' } : null;
}

/** Weekday abbreviations a rota is written with, Monday first (fi, sv, en). */
export const weekdayNames = {
	fi: ['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'],
	sv: ['må', 'ti', 'on', 'to', 'fr', 'lö', 'sö'],
	en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
} as const;

const dayByName = new Map<string, number>(
	Object.values(weekdayNames).flatMap((names) =>
		names.map((name, index) => [name.toLowerCase(), index + 1] as [string, number])
	)
);

const clock = (text: string): string | null => {
	const match = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text);
	if (!match) return null;
	const hours = Number(match[1]);
	const minutes = Number(match[2] ?? '0');
	if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return null;
	return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
};

/**
 * A rota written as people write it in a spreadsheet ("ma-pe 8-16, la 10-14"), as slots; or
 * the first part it cannot read.
 */
export function parseDuty(text: string): { slots: DutySlot[] } | { error: string } {
	const slots: DutySlot[] = [];
	for (const part of text
		.split(/[,|;]/)
		.map((item) => item.trim())
		.filter(Boolean)) {
		const match = /^(\p{L}+)(?:\s*[-–]\s*(\p{L}+))?\s+([\d:.]+)\s*[-–]\s*([\d:.]+)$/u.exec(part);
		const first = match && dayByName.get(match[1]!.toLowerCase());
		const last = match && (match[2] ? dayByName.get(match[2].toLowerCase()) : first);
		const start = match && clock(match[3]!);
		const end = match && clock(match[4]!);
		if (!first || !last || last < first || !start || !end || start >= end) return { error: part };
		for (let weekday = first; weekday <= last; weekday += 1) slots.push({ weekday, start, end });
	}
	return { slots };
}

/** Slots as a short text in the reader's language ("ma 08.00–16.00, ti 08.00–24.00"). */
export function formatDuty(slots: readonly DutySlot[], locale: keyof typeof weekdayNames): string {
	const time = (hhmm: string) => formatTimeOfDay(hhmm, locale);
	return [...slots]
		.sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start))
		.map(
			(slot) => `${weekdayNames[locale][slot.weekday - 1]} ${time(slot.start)}–${time(slot.end)}`
		)
		.join(', ');
}
