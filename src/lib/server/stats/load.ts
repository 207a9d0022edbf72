import type { Kysely } from 'kysely';
import { computeStats, type StatsQuery, type StatsReport } from '$lib/domain/stats/compute';
import {
	previousPeriod,
	trendPeriod,
	withContext,
	type StatsOverview
} from '$lib/domain/stats/overview';
import {
	daysBetween,
	reachesPlan,
	type ConsultationFact,
	type ContactFact,
	type MonthlyConsultationFact,
	type MonthlyContactFact,
	type MonthlyOutcomeFact
} from '$lib/domain/stats/facts';
import { daysToMeeting } from '$lib/domain/stats/outcomes';
import { lastDayOfMonth, monthsBetween } from '$lib/domain/stats/finnish-time';
import {
	consultationStages,
	optionalStages,
	skippedStages,
	type ConsultationStage,
	type StageEntry
} from '$lib/domain/stages';
import type { Database } from '../db/schema';
import { catchUpStatsFacts, splitCodes } from './facts-table';

const planStages = consultationStages.codes.filter((stage) => reachesPlan(stage));

/**
 * Contacts in the range, each group carrying its count: months the range covers whole come
 * from stats_month_groups (a few hundred groups a month however many contacts there are);
 * the part-months at its ends are grouped from stats_facts. A group's `day` is a real day
 * of its contacts, which is all the figures need of it (its month).
 */
async function contactGroups(db: Kysely<Database>, query: StatsQuery): Promise<ContactFact[]> {
	const months = monthsBetween(query.from, query.to);
	const whole = months.filter(
		(month) => `${month}-01` >= query.from && lastDayOfMonth(month) <= query.to
	);
	const parts = months.filter((month) => !whole.includes(month));
	const grouped = whole.length
		? await db
				.selectFrom('stats_month_groups')
				.select([
					'county_id',
					'month',
					'contact_kind',
					'source_type',
					'channel',
					'themes',
					'actions',
					'municipality_id',
					'count'
				])
				.where('county_id', 'in', query.countyIds)
				.where('month', 'in', whole)
				.where('count', '>', 0)
				.execute()
		: [];
	const partly = await Promise.all(
		parts.map((month) =>
			dayGroups(db, query.countyIds, {
				from: `${month}-01` < query.from ? query.from : `${month}-01`,
				to: lastDayOfMonth(month) > query.to ? query.to : lastDayOfMonth(month)
			})
		)
	);
	return [
		...grouped.map((row) => ({
			...contactOf(row),
			day: `${row.month}-01`,
			count: Number(row.count)
		})),
		...partly.flat()
	];
}

const contactOf = (row: {
	county_id: string | null;
	contact_kind: string | null;
	source_type: string | null;
	channel: string | null;
	themes: string | null;
	actions: string | null;
	municipality_id: string | null;
}) => ({
	countyId: row.county_id!,
	kind: row.contact_kind,
	sourceType: row.source_type ?? 'other',
	channel: row.channel ?? 'phone',
	themes: splitCodes(row.themes),
	actions: splitCodes(row.actions),
	municipalityId: row.municipality_id
});

/** Live contacts of some days (within one month) grouped in SQL. */
async function dayGroups(
	db: Kysely<Database>,
	countyIds: readonly string[],
	days: { from: string; to: string }
): Promise<ContactFact[]> {
	const rows = await db
		.selectFrom('stats_facts')
		.select((eb) => [
			'county_id',
			eb.fn.min('day').as('day'),
			'contact_kind',
			'source_type',
			'channel',
			'themes',
			'actions',
			'municipality_id',
			eb.fn.countAll<number>().as('n')
		])
		.where('kind', '=', 'contacts')
		.where('deleted', '=', 0)
		.where('county_id', 'in', countyIds)
		.where('day', '>=', days.from)
		.where('day', '<=', days.to)
		.groupBy([
			'county_id',
			'contact_kind',
			'source_type',
			'channel',
			'themes',
			'actions',
			'municipality_id'
		])
		.execute();
	return rows.map((row) => ({ ...contactOf(row), day: row.day!, count: Number(row.n) }));
}

/** The consultations (as `c`) received in the range in the counties asked for. */
const receivedIn = (db: Kysely<Database>, query: StatsQuery) =>
	db
		.selectFrom('stats_facts as c')
		.where('c.kind', '=', 'consultations')
		.where('c.deleted', '=', 0)
		.where('c.county_id', 'in', query.countyIds)
		.where('c.day', '>=', query.from)
		.where('c.day', '<=', query.to);

/** Consultations received in the range, each with when it first reached the plan stage. */
async function consultations(db: Kysely<Database>, query: StatsQuery): Promise<ConsultationFact[]> {
	const rows = await receivedIn(db, query)
		.select((eb) => [
			'c.id',
			'c.county_id',
			'c.day',
			'c.at',
			'c.status',
			'c.stage',
			'c.municipality_id',
			'c.services',
			'c.stuck_reasons',
			'c.client_groups',
			'c.help_wanted',
			'c.given',
			'c.rating',
			'c.meeting_day',
			eb
				.selectFrom('stats_facts as e')
				.select((inner) => inner.fn.min('e.at').as('plan_at'))
				.whereRef('e.parent_id', '=', 'c.id')
				.where('e.kind', '=', 'consultation_events')
				.where('e.deleted', '=', 0)
				.where('e.stage', 'in', planStages)
				.as('plan_at')
		])
		.execute();
	const entries = await optionalStageEntries(db, query);
	return rows.map((row) => ({
		day: row.day!,
		countyId: row.county_id!,
		status: row.status ?? 'submitted',
		stage: row.stage,
		daysToPlan: row.plan_at && row.at ? daysBetween(row.at, row.plan_at) : null,
		skipped: skippedStages(stageOf(row.stage), entries.get(row.id) ?? []),
		municipalityId: row.municipality_id,
		outcome: {
			services: splitCodes(row.services),
			stuckReasons: splitCodes(row.stuck_reasons),
			clientGroups: splitCodes(row.client_groups),
			helpWanted: splitCodes(row.help_wanted),
			given: splitCodes(row.given),
			rating: row.rating === null ? null : Number(row.rating),
			daysToMeeting: daysToMeeting(row.day!, row.meeting_day)
		}
	}));
}

const stageOf = (stage: string | null) =>
	consultationStages.codes.includes(stage as never) ? (stage as ConsultationStage) : null;

/**
 * The entries about the optional stages (moves to them, skips of them) of the consultations
 * received in the range, by consultation: which stages each went past (stages.ts).
 */
async function optionalStageEntries(db: Kysely<Database>, query: StatsQuery) {
	const rows = await receivedIn(db, query)
		.innerJoin('stats_facts as e', 'e.parent_id', 'c.id')
		.select(['e.parent_id', 'e.status', 'e.stage', 'e.at'])
		.where('e.kind', '=', 'consultation_events')
		.where('e.deleted', '=', 0)
		.where('e.stage', 'in', [...optionalStages])
		.execute();
	const byCase = new Map<string, StageEntry[]>();
	for (const row of rows) {
		if (!row.parent_id || !row.at) continue;
		// Moves were stored before skips existed with no type: a null type is a move.
		const entry = { type: row.status ?? 'stage', stage: row.stage, at: row.at };
		const list = byCase.get(row.parent_id);
		if (list) list.push(entry);
		else byCase.set(row.parent_id, [entry]);
	}
	return byCase;
}

/** Monthly totals of deleted records (retention) in the months the range touches. */
async function monthly(db: Kysely<Database>, query: StatsQuery) {
	const [rows, codes] = await Promise.all([
		db
			.selectFrom('stats_monthly')
			.selectAll()
			.where('county_id', 'in', query.countyIds)
			.where('month', '>=', query.from.slice(0, 7))
			.where('month', '<=', query.to.slice(0, 7))
			.execute(),
		db
			.selectFrom('stats_monthly_codes')
			.select(['month', 'county_id', 'figure', 'code', 'count'])
			.where('county_id', 'in', query.countyIds)
			.where('month', '>=', query.from.slice(0, 7))
			.where('month', '<=', query.to.slice(0, 7))
			.execute()
	]);
	const contacts: MonthlyContactFact[] = [];
	const cases: MonthlyConsultationFact[] = [];
	for (const row of rows) {
		if (row.kind === 'contacts') {
			contacts.push({
				month: row.month,
				countyId: row.county_id,
				kind: row.contact_kind,
				sourceType: row.source_type ?? 'other',
				channel: row.channel ?? 'phone',
				themes: splitCodes(row.themes),
				actions: splitCodes(row.actions),
				municipalityId: row.municipality_id,
				count: Number(row.count)
			});
		} else if (row.kind === 'consultations') {
			cases.push({
				month: row.month,
				countyId: row.county_id,
				status: row.status ?? 'closed',
				stage: row.stage,
				daysToPlan: row.days_to_plan === null ? null : Number(row.days_to_plan),
				municipalityId: row.municipality_id,
				count: Number(row.count)
			});
		}
	}
	const outcomes: MonthlyOutcomeFact[] = codes.map((row) => ({
		month: row.month,
		countyId: row.county_id,
		figure: row.figure,
		code: row.code,
		count: Number(row.count)
	}));
	return { contacts, cases, outcomes };
}

/**
 * The statistics for a range and counties, from the server's records and kept totals, with
 * the period before the range and the year's trend up to its last month.
 */
export async function serverStats(db: Kysely<Database>, query: StatsQuery): Promise<StatsOverview> {
	await catchUpStatsFacts(db);
	// One after another: each reads its own range's groups (whole months and part-months).
	const report = await rangeStats(db, query);
	const previous = await rangeStats(db, previousPeriod(query));
	const trend = await rangeStats(db, trendPeriod(query));
	return withContext(report, previous, trend);
}

async function rangeStats(db: Kysely<Database>, query: StatsQuery): Promise<StatsReport> {
	const [contacts, cases, kept] = await Promise.all([
		contactGroups(db, query),
		consultations(db, query),
		monthly(db, query)
	]);
	return computeStats(
		{
			contacts,
			consultations: cases,
			monthlyContacts: kept.contacts,
			monthlyConsultations: kept.cases,
			monthlyOutcomes: kept.outcomes
		},
		query
	);
}
