/**
 * Calendar days and months as they are in Finland (Europe/Helsinki): a call at 23:30 on
 * 31 March is counted in March, not in April as its UTC time would say. Finland follows the
 * EU summer-time rule (since 1996): UTC+3 from 01:00 UTC on the last Sunday of March to 01:00
 * UTC on the last Sunday of October, UTC+2 otherwise. Computed by hand because Intl is far too
 * slow for 100 000 rows; finnish-time.test.ts checks it against Intl.
 */
const HOUR = 3_600_000;
const summerByYear = new Map<number, [number, number]>();

function lastSundayAt1Utc(year: number, month: number): number {
	const last = Date.UTC(year, month, 31);
	return Date.UTC(year, month, 31 - new Date(last).getUTCDay(), 1);
}

function summerTime(year: number): [number, number] {
	let bounds = summerByYear.get(year);
	if (!bounds) {
		bounds = [lastSundayAt1Utc(year, 2), lastSundayAt1Utc(year, 9)];
		summerByYear.set(year, bounds);
	}
	return bounds;
}

/** Hours ahead of UTC in Helsinki at the instant `ms`. */
export function helsinkiOffsetHours(ms: number): 2 | 3 {
	const [start, end] = summerTime(new Date(ms).getUTCFullYear());
	return ms >= start && ms < end ? 3 : 2;
}

const pad = (value: number) => (value < 10 ? `0${value}` : String(value));

/** The Finnish calendar day (YYYY-MM-DD) of an instant: epoch ms or an ISO date-time. */
export function helsinkiDay(instant: number | string): string {
	const ms = typeof instant === 'number' ? instant : Date.parse(instant);
	const local = new Date(ms + helsinkiOffsetHours(ms) * HOUR);
	return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar day written YYYY-MM-DD (no 2023-02-30). */
export function isDay(text: string): boolean {
	const match = DAY_PATTERN.exec(text);
	if (!match) return false;
	const [, y, m, d] = match.map(Number) as [number, number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A month as one number (12 × year + month − 1), read from `YYYY-MM` or a day `YYYY-MM-DD`:
 * months compare as numbers, never as text ("10000-01" sorts before "9999-12" as text).
 */
export function monthNumber(monthOrDay: string): number {
	const [y, m] = monthOrDay.split('-').map(Number) as [number, number];
	return y * 12 + (m - 1);
}

/** The month (YYYY-MM) a month number stands for. */
function monthOf(index: number): string {
	const year = Math.floor(index / 12);
	return `${String(year).padStart(4, '0')}-${pad(index - year * 12 + 1)}`;
}

/** The month (YYYY-MM) `months` after (or, negative, before) the month of `month`. */
export function addMonths(month: string, months: number): string {
	return monthOf(monthNumber(month) + months);
}

/** The last day (YYYY-MM-DD) of a month (YYYY-MM). */
export function lastDayOfMonth(month: string): string {
	const [y, m] = month.split('-').map(Number) as [number, number];
	return `${month}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

/**
 * The most months monthsBetween lists: a guard of its own, far above any range the checks of
 * the API and the app let through (src/lib/domain/stats/range.ts), so that a range that slips
 * past them costs an error rather than all the memory.
 */
export const MONTHS_BETWEEN_LIMIT = 1200;

/** Every month from the month of `from` to the month of `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
	const first = monthNumber(from);
	const last = monthNumber(to);
	if (!Number.isSafeInteger(first) || !Number.isSafeInteger(last)) {
		throw new RangeError(`Not a month range: ${from.slice(0, 12)}..${to.slice(0, 12)}`);
	}
	if (last - first + 1 > MONTHS_BETWEEN_LIMIT) {
		throw new RangeError(`A range of more than ${MONTHS_BETWEEN_LIMIT} months.`);
	}
	const months: string[] = [];
	for (let index = first; index <= last; index++) months.push(monthOf(index));
	return months;
}

/**
 * The day `months` calendar months before `day` (clamped to the month's end: 31 March minus
 * one month is 28 or 29 February).
 */
export function monthsBefore(day: string, months: number): string {
	const month = addMonths(day.slice(0, 7), -months);
	const last = lastDayOfMonth(month);
	const wanted = `${month}-${day.slice(8, 10)}`;
	return wanted > last ? last : wanted;
}
