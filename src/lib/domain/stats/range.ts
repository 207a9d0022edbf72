import { isDay, monthNumber } from './finnish-time';

/**
 * The bounds of a statistics range, the same for the API (src/lib/server/stats/params.ts) and
 * for figures computed on a device (src/routes/app/stats): both days within the years
 * STATS_FIRST_YEAR..STATS_LAST_YEAR, `from` not after `to`, and at most STATS_MAX_MONTHS
 * calendar months touched. Checked as numbers, so the work a range asks for stays small
 * whatever a client sends (a month list over 9999-12-31 once never ended).
 */
export const STATS_FIRST_YEAR = 2000;
export const STATS_LAST_YEAR = 2100;
/** Twenty years of months. */
export const STATS_MAX_MONTHS = 240;

export type StatsRangeProblem = 'not-a-day' | 'outside-years' | 'reversed' | 'too-long';

const dayNumber = (day: string) => {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	return Date.UTC(y, m - 1, d);
};

/** What is wrong with a range of days (YYYY-MM-DD), or null when it is a range to compute. */
export function statsRangeProblem(from: string, to: string): StatsRangeProblem | null {
	if (!isDay(from) || !isDay(to)) return 'not-a-day';
	const years = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
	if (years.some((year) => year < STATS_FIRST_YEAR || year > STATS_LAST_YEAR)) {
		return 'outside-years';
	}
	if (dayNumber(from) > dayNumber(to)) return 'reversed';
	if (monthNumber(to) - monthNumber(from) + 1 > STATS_MAX_MONTHS) return 'too-long';
	return null;
}

/** The problem in English, for an API answer. */
export const statsRangeMessages: Record<StatsRangeProblem, string> = {
	'not-a-day': 'Expected days written YYYY-MM-DD.',
	'outside-years': `Both days must be within the years ${STATS_FIRST_YEAR}–${STATS_LAST_YEAR}.`,
	reversed: '`from` must not be after `to`.',
	'too-long': `The range may touch at most ${STATS_MAX_MONTHS} months.`
};
