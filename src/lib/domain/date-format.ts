import type { Locale } from './locale';

/**
 * The one way staff screens write dates and times, per language: "4.12.2026 klo 14.08",
 * "4.12.2026 14.08", "04/12/2026, 14:08". Explicit Intl options (never a bare
 * toLocaleString) so one screen cannot say "12/4/2026, 2:08 PM" beside another's "04/12/2026".
 * Swedish is Finland's Swedish (sv-FI: 4.12.2026, 14.08, not Sweden's 2026-12-04); English is
 * British English: day before month, 24-hour clock, as in Finland.
 */

const intlLocales: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const intlLocale = (locale: Locale) => intlLocales[locale];

const dayOptions = { day: 'numeric', month: 'numeric', year: 'numeric' } as const;
const clockOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

type Kind = 'day' | 'weekday' | 'clock' | 'moment' | 'short-moment' | 'utc-clock';
const options: Record<Kind, Intl.DateTimeFormatOptions> = {
	// Calendar dates (YYYY-MM-DD) have no time zone: read and written as UTC midnight.
	day: { ...dayOptions, timeZone: 'UTC' },
	weekday: { ...dayOptions, weekday: 'short', timeZone: 'UTC' },
	'utc-clock': { ...clockOptions, timeZone: 'UTC' },
	// Moments are shown in the device's own time zone.
	clock: clockOptions,
	moment: { ...dayOptions, ...clockOptions },
	'short-moment': { day: 'numeric', month: 'numeric', ...clockOptions }
};

// A formatter is costly to make and the board shows hundreds of dates: one per language and kind.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, kind: Kind): Intl.DateTimeFormat {
	const key = `${locale} ${kind}`;
	let found = formatters.get(key);
	if (!found) {
		found = new Intl.DateTimeFormat(intlLocale(locale), options[kind]);
		formatters.set(key, found);
	}
	return found;
}

const instant = (at: string | number | Date) => (at instanceof Date ? at : new Date(at));

/** A calendar date (YYYY-MM-DD): "4.12.2026", "2026-12-04", "04/12/2026"; with the weekday. */
export function formatDay(isoDate: string, locale: Locale, weekday = false): string {
	const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
	return formatter(locale, weekday ? 'weekday' : 'day').format(date);
}

/** A moment's clock time on this device: "14.08", "14:08". */
export const formatClock = (at: string | number | Date, locale: Locale): string =>
	formatter(locale, 'clock').format(instant(at));

/** A moment's date and clock time on this device: "4.12.2026 klo 14.08", "04/12/2026, 14:08". */
export const formatMoment = (at: string | number | Date, locale: Locale): string =>
	formatter(locale, 'moment').format(instant(at));

/** A moment of this year, without the year: "5.12. klo 10.12", "5/12 10:12", "05/12, 10:12". */
export const formatShortMoment = (at: string | number | Date, locale: Locale): string =>
	formatter(locale, 'short-moment').format(instant(at));

/** How many calendar days on this device lie between `at` and `now`: 0 today, 1 yesterday. */
export function daysAgo(at: string | number | Date, now: Date = new Date()): number {
	const day = (date: Date) => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
	return Math.round((day(now) - day(instant(at))) / 86_400_000);
}

/** A wall-clock time written as "HH:MM" (a rota slot, a meeting): as the language writes it. */
export function formatTimeOfDay(time: string, locale: Locale): string {
	const [hours, minutes] = time.split(':').map(Number);
	if (!Number.isInteger(hours) || !Number.isInteger(minutes)) return time;
	const written = formatter(locale, 'utc-clock').format(
		new Date(Date.UTC(2000, 0, 1, hours, minutes))
	);
	// A slot that ends at midnight ends at 24.00, not at 00.00 (a clock has no hour 24).
	return hours === 24 ? written.replace(/^00/, '24') : written;
}
