import type { Locale } from '../locale';
import { helpKinds, servicesInvolved, stuckReasons } from '../record-codes';
import { separationClientGroups } from '../themes';
import { statsLabel, type StatsLabel } from './labels';
import { ANY, NONE } from './outcomes';
import type { Figure, StatsFigures } from './suppress';
import type { StatsGrid, StatsRow, StatsTable } from './tables';

/**
 * What the support achieved as the tables of the page and of the CSV (outcomes.ts): the
 * services involved, why the case is stuck, the client groups, the ratings and the times, then
 * the help asked against the help given as a table of three columns.
 */

const perCase: Record<string, StatsLabel> = {
	[NONE]: 'servicesNone',
	one: 'servicesOne',
	several: 'servicesSeveral'
};

export function outcomeTables(figures: StatsFigures, locale: Locale): StatsTable[] {
	const { outcomes, consultations } = figures;
	const l = (key: StatsLabel) => statsLabel(key, locale);
	const coded = (
		items: { code: string; count: Figure }[],
		label: (code: string) => string
	): StatsRow[] =>
		items.map((item) => ({ code: item.code, label: label(item.code), value: item.count }));
	const summary = (code: string, key: StatsLabel, value: Figure | null): StatsRow => ({
		code,
		label: l(key),
		value,
		summary: true
	});
	// The scale's ends named as the requester's form names them (1 = not at all, 5 = very).
	const rating = (code: string) =>
		code === '5' ? `5 – ${l('ratingBest')}` : code === '1' ? `1 – ${l('ratingWorst')}` : code;
	return [
		{
			id: 'services',
			title: l('services'),
			rows: [
				...coded(outcomes.services, (code) => servicesInvolved.label(code as never, locale)),
				// The pilot's finding: how many cases involve several services.
				...outcomes.servicesPerCase.map((item) =>
					summary(item.code, perCase[item.code] ?? 'servicesNone', item.count)
				)
			]
		},
		{
			id: 'stuckReasons',
			title: l('stuckReasons'),
			rows: [
				...coded(outcomes.stuckReasons, (code) => stuckReasons.label(code as never, locale)),
				summary(NONE, 'withoutStuckReason', outcomes.withoutStuckReason)
			]
		},
		{
			id: 'clientGroups',
			title: l('clientGroups'),
			rows: [
				...coded(outcomes.clientGroups, (code) =>
					separationClientGroups.label(code as never, locale)
				),
				summary(NONE, 'withoutClientGroup', outcomes.withoutClientGroup)
			]
		},
		{
			id: 'ratings',
			title: l('ratings'),
			rows: [
				...coded(outcomes.ratings, rating),
				summary('rated', 'rated', outcomes.rated),
				summary(NONE, 'withoutRating', outcomes.withoutRating)
			]
		},
		{
			id: 'times',
			title: l('times'),
			rows: [
				summary('with-meeting', 'withMeeting', outcomes.withMeeting),
				{
					...summary('median-days-to-meeting', 'medianDaysToMeeting', outcomes.medianDaysToMeeting),
					unit: 'days'
				},
				summary('reached-plan', 'reachedPlan', consultations.reachedPlan),
				{
					...summary('median-days-to-plan', 'medianDays', consultations.medianDaysToPlan),
					unit: 'days'
				}
			]
		}
	];
}

/** The help asked against the help given, by kind of help, then any help at all. */
export function helpGrid(figures: StatsFigures, locale: Locale): StatsGrid {
	const l = (key: StatsLabel) => statsLabel(key, locale);
	return {
		id: 'help',
		title: l('help'),
		columns: [{ label: l('asked') }, { label: l('given') }, { label: l('met') }],
		rows: figures.outcomes.help.map((item) => ({
			code: item.code,
			label: item.code === ANY ? l('anyHelp') : helpKinds.label(item.code as never, locale),
			values: [item.asked, item.given, item.met],
			...(item.code === ANY ? { summary: true } : {})
		}))
	};
}
