import type { AreaCount, CodeCount } from './compute';
import type { StatsOverview } from './overview';

/** Counts below this are shown as "<5" when suppression is on. */
export const SUPPRESS_BELOW = 5;
export const SUPPRESSED = '<5';

/** A published count: the number, or "<5" in place of 1–4 when suppressed. */
export type Figure = number | typeof SUPPRESSED;

type WithFigures<T> = { [K in keyof T]: T[K] extends number ? Figure : T[K] };
type FigureList = (Omit<CodeCount, 'count'> & { count: Figure })[];
type AreaFigures = { code: string; contacts: Figure; consultations: Figure }[];
type MonthFigures = { month: string; count: Figure }[];

/** The outcome figures as published: every count suppressed by the same rule. */
export interface OutcomeFigures {
	services: FigureList;
	servicesPerCase: FigureList;
	stuckReasons: FigureList;
	withoutStuckReason: Figure;
	clientGroups: FigureList;
	withoutClientGroup: Figure;
	help: { code: string; asked: Figure; given: Figure; met: Figure }[];
	ratings: FigureList;
	rated: Figure;
	withoutRating: Figure;
	withMeeting: Figure;
	medianDaysToMeeting: number | null;
}

/** A report as published: with suppression, small counts are "<5" instead of numbers. */
export interface StatsFigures {
	from: string;
	to: string;
	countyIds: string[];
	suppressed: boolean;
	contacts: WithFigures<
		Omit<
			StatsOverview['contacts'],
			'byMonth' | 'bySource' | 'byTheme' | 'byChannel' | 'byAction' | 'notCounted'
		>
	> & {
		byMonth: MonthFigures;
		bySource: FigureList;
		byTheme: FigureList;
		byChannel: FigureList;
		byAction: FigureList;
		notCounted: FigureList;
	};
	consultations: {
		total: Figure;
		byStage: FigureList;
		skipped: FigureList;
		reachedPlan: Figure;
		medianDaysToPlan: number | null;
		byMonth: MonthFigures;
	};
	outcomes: OutcomeFigures;
	byCounty: AreaFigures;
	byMunicipality: AreaFigures;
	previous: {
		from: string;
		to: string;
		contacts: Figure;
		consultations: Figure;
		reachedPlan: Figure;
		medianDaysToPlan: number | null;
	};
	trend: { month: string; contacts: Figure; consultations: Figure }[];
	partialMonths: string[];
}

/**
 * Small-count suppression for published figures: a count of 1–4 could point at one family in
 * a small county, so it becomes "<5". Zero stays 0 (it tells nothing about anyone), and a
 * median of days (to the plan, to the group's meeting) is left out when fewer than 5 cases
 * make it. Totals are suppressed by
 * the same rule; differences between published totals are not protected (no secondary
 * suppression) — the README says so.
 */
export function toFigures(report: StatsOverview, suppress: boolean): StatsFigures {
	const figure = (count: number): Figure =>
		suppress && count > 0 && count < SUPPRESS_BELOW ? SUPPRESSED : count;
	const list = (items: CodeCount[]): FigureList =>
		items.map((item) => ({ code: item.code, count: figure(item.count) }));
	const months = (items: { month: string; count: number }[]): MonthFigures =>
		items.map((item) => ({ month: item.month, count: figure(item.count) }));
	const areas = (items: AreaCount[]): AreaFigures =>
		items.map((item) => ({
			code: item.code,
			contacts: figure(item.contacts),
			consultations: figure(item.consultations)
		}));
	const median = (days: number | null, cases: number) =>
		suppress && cases < SUPPRESS_BELOW ? null : days;
	const { contacts, consultations, previous, outcomes } = report;
	return {
		from: report.from,
		to: report.to,
		countyIds: report.countyIds,
		suppressed: suppress,
		contacts: {
			total: figure(contacts.total),
			byMonth: months(contacts.byMonth),
			bySource: list(contacts.bySource),
			byTheme: list(contacts.byTheme),
			themeMentions: figure(contacts.themeMentions),
			withoutTheme: figure(contacts.withoutTheme),
			byChannel: list(contacts.byChannel),
			byAction: list(contacts.byAction),
			withoutAction: figure(contacts.withoutAction),
			notCounted: list(contacts.notCounted)
		},
		consultations: {
			total: figure(consultations.total),
			byStage: list(consultations.byStage),
			skipped: list(consultations.skipped),
			reachedPlan: figure(consultations.reachedPlan),
			medianDaysToPlan: median(consultations.medianDaysToPlan, consultations.reachedPlan),
			byMonth: months(consultations.byMonth)
		},
		outcomes: {
			services: list(outcomes.services),
			servicesPerCase: list(outcomes.servicesPerCase),
			stuckReasons: list(outcomes.stuckReasons),
			withoutStuckReason: figure(outcomes.withoutStuckReason),
			clientGroups: list(outcomes.clientGroups),
			withoutClientGroup: figure(outcomes.withoutClientGroup),
			help: outcomes.help.map((item) => ({
				code: item.code,
				asked: figure(item.asked),
				given: figure(item.given),
				met: figure(item.met)
			})),
			ratings: list(outcomes.ratings),
			rated: figure(outcomes.rated),
			withoutRating: figure(outcomes.withoutRating),
			withMeeting: figure(outcomes.withMeeting),
			medianDaysToMeeting: median(outcomes.medianDaysToMeeting, outcomes.withMeeting)
		},
		byCounty: areas(report.byCounty),
		byMunicipality: areas(report.byMunicipality),
		previous: {
			from: previous.from,
			to: previous.to,
			contacts: figure(previous.contacts),
			consultations: figure(previous.consultations),
			reachedPlan: figure(previous.reachedPlan),
			medianDaysToPlan: median(previous.medianDaysToPlan, previous.reachedPlan)
		},
		trend: report.trend.map((item) => ({
			month: item.month,
			contacts: figure(item.contacts),
			consultations: figure(item.consultations)
		})),
		partialMonths: report.partialMonths
	};
}
