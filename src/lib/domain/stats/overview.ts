import { computeStats, type StatsInput, type StatsQuery, type StatsReport } from './compute';
import { addMonths, lastDayOfMonth, monthNumber } from './finnish-time';

/** How many months the trend shows: a year, up to the range's last month. */
export const TREND_MONTHS = 12;

/** The previous period's main figures, to set beside the range's own. */
export interface PeriodSummary {
	from: string;
	to: string;
	contacts: number;
	consultations: number;
	reachedPlan: number;
	medianDaysToPlan: number | null;
}

export interface TrendMonth {
	month: string;
	contacts: number;
	consultations: number;
}

/** The figures of a range, with the period before it and a year's trend around them. */
export interface StatsOverview extends StatsReport {
	previous: PeriodSummary;
	trend: TrendMonth[];
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayOf = (number: number) => new Date(number * DAY_MS).toISOString().slice(0, 10);

/**
 * The period just before a range and as long: whole calendar months before a range of whole
 * months (March 2026 → February 2026, a quarter → the quarter before), else as many days.
 */
export function previousPeriod(query: StatsQuery): StatsQuery {
	const { from, to } = query;
	const wholeMonths = from.endsWith('-01') && to === lastDayOfMonth(to.slice(0, 7));
	if (wholeMonths) {
		const months = monthNumber(to) - monthNumber(from) + 1;
		const first = addMonths(from.slice(0, 7), -months);
		return { ...query, from: `${first}-01`, to: lastDayOfMonth(addMonths(from.slice(0, 7), -1)) };
	}
	const days = dayNumber(to) - dayNumber(from) + 1;
	return { ...query, from: dayOf(dayNumber(from) - days), to: dayOf(dayNumber(from) - 1) };
}

/** The TREND_MONTHS whole calendar months that end with the range's last month. */
export function trendPeriod(query: StatsQuery): StatsQuery {
	const last = query.to.slice(0, 7);
	return {
		...query,
		from: `${addMonths(last, 1 - TREND_MONTHS)}-01`,
		to: lastDayOfMonth(last)
	};
}

/** The range's report with the previous period's summary and the trend's months. */
export function withContext(
	report: StatsReport,
	previous: StatsReport,
	trend: StatsReport
): StatsOverview {
	return {
		...report,
		previous: {
			from: previous.from,
			to: previous.to,
			contacts: previous.contacts.total,
			consultations: previous.consultations.total,
			reachedPlan: previous.consultations.reachedPlan,
			medianDaysToPlan: previous.consultations.medianDaysToPlan
		},
		trend: trend.contacts.byMonth.map((item, index) => ({
			month: item.month,
			contacts: item.count,
			consultations: trend.consultations.byMonth[index]?.count ?? 0
		}))
	};
}

/** The days every figure of an overview reads, for a caller that fetches its facts once. */
export function overviewSpan(query: StatsQuery): { from: string; to: string } {
	const days = [query, previousPeriod(query), trendPeriod(query)];
	return {
		from: days.map((period) => period.from).sort()[0]!,
		to: days
			.map((period) => period.to)
			.sort()
			.at(-1)!
	};
}

/** The overview from facts that cover overviewSpan (the device reads them once). */
export function computeOverview(input: StatsInput, query: StatsQuery): StatsOverview {
	// Iterables may be single-use: hold them as arrays for the three computations.
	const facts: StatsInput = {
		contacts: [...input.contacts],
		consultations: [...input.consultations],
		monthlyContacts: [...(input.monthlyContacts ?? [])],
		monthlyConsultations: [...(input.monthlyConsultations ?? [])],
		monthlyOutcomes: [...(input.monthlyOutcomes ?? [])]
	};
	return withContext(
		computeStats(facts, query),
		computeStats(facts, previousPeriod(query)),
		computeStats(facts, trendPeriod(query))
	);
}
