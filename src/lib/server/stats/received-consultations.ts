import type { Kysely } from 'kysely';
import type { StatsQuery } from '$lib/domain/stats/compute';
import { daysBetween, reachesPlan, type ConsultationFact } from '$lib/domain/stats/facts';
import { daysToMeeting } from '$lib/domain/stats/outcomes';
import {
	consultationStages,
	optionalStages,
	skippedStages,
	type ConsultationStage,
	type StageEntry
} from '$lib/domain/stages';
import type { Database } from '../db/schema';
import { splitCodes } from './facts-table';

const planStages = consultationStages.codes.filter((stage) => reachesPlan(stage));

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
export async function receivedConsultations(
	db: Kysely<Database>,
	query: StatsQuery
): Promise<ConsultationFact[]> {
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
