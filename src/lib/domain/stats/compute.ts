import { findCounty, municipalityCode } from '../areas';
import { contactChannels } from '../contact-channels';
import { contactActions } from '../record-codes';
import { sourceTypes } from '../source-types';
import { consultationStages, optionalStages } from '../stages';
import { situationThemes } from '../themes';
import type {
	ConsultationFact,
	ContactFact,
	MonthlyConsultationFact,
	MonthlyContactFact,
	MonthlyOutcomeFact
} from './facts';
import { lastDayOfMonth, monthsBetween } from './finnish-time';
import { weightedMedian } from './median';
import { OutcomeTally, outcomeCodes, type OutcomeFigure, type OutcomeReport } from './outcomes';
import { Tally } from './tally';

/** A date range (Finnish calendar days, both included) over some counties. */
export interface StatsQuery {
	from: string;
	to: string;
	countyIds: readonly string[];
}

export interface CodeCount {
	code: string;
	count: number;
}

/** Contacts and consultations of one county or municipality. */
export interface AreaCount {
	code: string;
	contacts: number;
	consultations: number;
}

/** The municipality row of records that name none. */
export const NO_MUNICIPALITY = 'none';

export interface StatsReport {
	from: string;
	to: string;
	countyIds: string[];
	contacts: {
		/** Contacts about a case or a question: every kind except wrong numbers and dropped calls. */
		total: number;
		byMonth: { month: string; count: number }[];
		bySource: CodeCount[];
		/** A contact may have several themes, so these add up to more than `total`. */
		byTheme: CodeCount[];
		themeMentions: number;
		withoutTheme: number;
		byChannel: CodeCount[];
		/** Several actions per contact, too. */
		byAction: CodeCount[];
		withoutAction: number;
		/** Calls that carried no contact at all, counted apart from `total`. */
		notCounted: CodeCount[];
	};
	consultations: {
		/** Requests received (sent) in the range; drafts are not requests yet. */
		total: number;
		/** By the stage they are at now; 'none' = not yet taken into the process. */
		byStage: CodeCount[];
		/** Cases that went past each stage run only when needed (the seeds' "tarvittaessa"). */
		skipped: CodeCount[];
		/** Cases received in the range that have reached the plan stage. */
		reachedPlan: number;
		/** Median days from received to plan, to one decimal; null when none reached it. */
		medianDaysToPlan: number | null;
		/** Requests received in each month of the range. */
		byMonth: { month: string; count: number }[];
	};
	/** What the support achieved: the outcome figures of the consultations counted above. */
	outcomes: OutcomeReport;
	/** By where the child lives (the record's county and municipality). */
	byCounty: AreaCount[];
	/**
	 * The municipalities of the asked counties in list order (zeros too), then any other named
	 * ones by code, then NO_MUNICIPALITY for records that name none.
	 */
	byMunicipality: AreaCount[];
	/**
	 * Months whose deleted records survive only as a monthly total (retention) and which the
	 * range covers only in part: those totals are left out, since they cannot be split by day.
	 */
	partialMonths: string[];
}

/** Calls that are not contacts about anything: counted on a line of their own. */
export const notCountedKinds = ['wrong-number', 'dropped'] as const;
const isNotCounted = (kind: string | null | undefined) =>
	kind === 'wrong-number' || kind === 'dropped';

export const NO_STAGE = 'none';

/**
 * Contacts and consultations by area code: the known codes first in their order, unknown ones
 * after them sorted by code (so every place that computes lists them alike), `last` at the end.
 */
class AreaTally {
	private readonly contacts: Tally;
	private readonly consultations: Tally;

	constructor(
		private readonly known: readonly string[],
		private readonly last?: string
	) {
		const codes = last ? [...known, last] : known;
		this.contacts = new Tally(codes);
		this.consultations = new Tally(codes);
	}

	add(code: string, kind: 'contacts' | 'consultations', count: number) {
		this[kind].add(code, count);
	}

	list(): AreaCount[] {
		const seen = new Set([...this.contacts.codes(), ...this.consultations.codes()]);
		const extra = [...seen].filter((code) => !this.known.includes(code) && code !== this.last);
		const order = [...this.known, ...extra.sort(), ...(this.last ? [this.last] : [])];
		return order.map((code) => ({
			code,
			contacts: this.contacts.get(code),
			consultations: this.consultations.get(code)
		}));
	}
}

/** A record's municipality as the statistics count it: its current code, else NO_MUNICIPALITY. */
const municipalityOf = (id: string | null | undefined) =>
	id ? (municipalityCode(id) ?? id) : NO_MUNICIPALITY;

export interface StatsInput {
	contacts: Iterable<ContactFact>;
	consultations: Iterable<ConsultationFact>;
	/** Monthly totals of deleted records, kept by the retention job (server only). */
	monthlyContacts?: Iterable<MonthlyContactFact>;
	monthlyConsultations?: Iterable<MonthlyConsultationFact>;
	/** The outcome codes of those deleted consultations, by month. */
	monthlyOutcomes?: Iterable<MonthlyOutcomeFact>;
}

/**
 * Every figure of the statistics page for a range and some counties. Pure: the server feeds
 * it grouped facts from SQL, the device the records in its own database.
 */
export function computeStats(input: StatsInput, query: StatsQuery): StatsReport {
	const counties = new Set(query.countyIds);
	const months = monthsBetween(query.from, query.to);
	const monthIndex = new Map(months.map((month, index) => [month, index]));
	const byMonth = months.map(() => 0);
	const casesByMonth = months.map(() => 0);
	const byCounty = new AreaTally(query.countyIds);
	const byMunicipality = new AreaTally(
		query.countyIds.flatMap((countyId) => findCounty(countyId)?.municipalityIds ?? []),
		NO_MUNICIPALITY
	);
	const bySource = new Tally(sourceTypes.codes);
	const byTheme = new Tally(situationThemes.codes);
	const byChannel = new Tally(contactChannels.codes);
	const byAction = new Tally(contactActions.codes);
	const notCounted = new Tally(notCountedKinds);
	const byStage = new Tally([...consultationStages.codes, NO_STAGE]);
	const skipped = new Tally(optionalStages);
	const toPlan: { value: number; weight: number }[] = [];
	const outcomes = new OutcomeTally();
	const partialMonths = new Set<string>();
	let contacts = 0;
	let themeMentions = 0;
	let withoutTheme = 0;
	let withoutAction = 0;
	let consultations = 0;
	let reachedPlan = 0;

	/** Whether a kept month counts: wholly inside the range; a partly covered one is noted. */
	const monthCounts = (month: string) => {
		const first = `${month}-01`;
		const last = lastDayOfMonth(month);
		if (first >= query.from && last <= query.to) return true;
		if (last >= query.from && first <= query.to) partialMonths.add(month);
		return false;
	};

	const addContact = (fact: Omit<ContactFact, 'day'>, month: string) => {
		const count = fact.count ?? 1;
		if (isNotCounted(fact.kind)) {
			notCounted.add(fact.kind!, count);
			return;
		}
		contacts += count;
		byMonth[monthIndex.get(month)!]! += count;
		byCounty.add(fact.countyId, 'contacts', count);
		byMunicipality.add(municipalityOf(fact.municipalityId), 'contacts', count);
		bySource.add(fact.sourceType, count);
		byChannel.add(fact.channel, count);
		for (const theme of fact.themes) byTheme.add(theme, count);
		themeMentions += fact.themes.length * count;
		if (fact.themes.length === 0) withoutTheme += count;
		for (const action of fact.actions) byAction.add(action, count);
		if (fact.actions.length === 0) withoutAction += count;
	};

	const addConsultation = (fact: Omit<ConsultationFact, 'day'>, month: string) => {
		if (fact.status === 'draft') return;
		const count = fact.count ?? 1;
		consultations += count;
		casesByMonth[monthIndex.get(month)!]! += count;
		byCounty.add(fact.countyId, 'consultations', count);
		byMunicipality.add(municipalityOf(fact.municipalityId), 'consultations', count);
		byStage.add(fact.stage ?? NO_STAGE, count);
		for (const stage of fact.skipped ?? []) skipped.add(stage, count);
		if (fact.daysToPlan !== null) {
			reachedPlan += count;
			toPlan.push({ value: fact.daysToPlan, weight: count });
		}
		if (fact.outcome) for (const code of outcomeCodes(fact.outcome)) outcomes.add(code, count);
	};

	for (const fact of input.contacts) {
		if (fact.day < query.from || fact.day > query.to || !counties.has(fact.countyId)) continue;
		addContact(fact, fact.day.slice(0, 7));
	}
	for (const fact of input.monthlyContacts ?? []) {
		if (counties.has(fact.countyId) && monthCounts(fact.month)) addContact(fact, fact.month);
	}
	for (const fact of input.consultations) {
		if (fact.day < query.from || fact.day > query.to || !counties.has(fact.countyId)) continue;
		addConsultation(fact, fact.day.slice(0, 7));
	}
	for (const fact of input.monthlyConsultations ?? []) {
		if (counties.has(fact.countyId) && monthCounts(fact.month)) addConsultation(fact, fact.month);
	}
	for (const fact of input.monthlyOutcomes ?? []) {
		if (!counties.has(fact.countyId) || !monthCounts(fact.month)) continue;
		outcomes.add({ figure: fact.figure as OutcomeFigure, code: fact.code }, fact.count);
	}

	return {
		from: query.from,
		to: query.to,
		countyIds: [...query.countyIds],
		contacts: {
			total: contacts,
			byMonth: months.map((month, index) => ({ month, count: byMonth[index]! })),
			bySource: bySource.list(),
			byTheme: byTheme.list(),
			themeMentions,
			withoutTheme,
			byChannel: byChannel.list(),
			byAction: byAction.list(),
			withoutAction,
			notCounted: notCounted.list()
		},
		consultations: {
			total: consultations,
			byStage: byStage.list(),
			skipped: skipped.list(),
			reachedPlan,
			medianDaysToPlan: weightedMedian(toPlan),
			byMonth: months.map((month, index) => ({ month, count: casesByMonth[index]! }))
		},
		outcomes: outcomes.report(),
		byCounty: byCounty.list(),
		byMunicipality: byMunicipality.list(),
		partialMonths: [...partialMonths].sort()
	};
}
