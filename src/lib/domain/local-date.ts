/**
 * The one place for the device's local calendar dates and `datetime-local` values. Dates in
 * records are local calendar days (YYYY-MM-DD), not UTC slices of an instant: a call at 00:30
 * in Finland belongs to that day, not to the day before.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of a moment, "2026-03-14". */
export function localDate(moment: Date): string {
	return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The local calendar date of an ISO date-time ("2026-03-13T22:30:00Z" → "2026-03-14" in Finland). */
export const localDateOf = (isoDateTime: string): string => localDate(new Date(isoDateTime));

/** The start of the local day of a moment (midnight, local time). */
export const startOfLocalDay = (moment: Date): Date =>
	new Date(moment.getFullYear(), moment.getMonth(), moment.getDate());

/** The value of a `datetime-local` field for a moment, in local time, to the minute. */
export function localDateTimeValue(moment: Date): string {
	return `${localDate(moment)}T${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}

/** A `datetime-local` field's value as an instant (it is read in the device's time zone). */
export function parseLocalDateTime(value: string): Date | undefined {
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return undefined;
	const moment = new Date(value);
	return Number.isNaN(moment.getTime()) ? undefined : moment;
}

/** Whether a text has the shape of a calendar date, YYYY-MM-DD. */
export const isIsoDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);
