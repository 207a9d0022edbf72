import type { Transaction } from 'kysely';
import { consultationStages } from '$lib/domain/stages';
import { consultationFact, contactFact, reachesPlan } from '$lib/domain/stats/facts';
import { outcomeCodes } from '$lib/domain/stats/outcomes';
import type { Database } from '../db/schema';
import { joinCodes, type RecordRowForFacts } from '../stats/facts-table';

/**
 * The monthly totals retention keeps of what it deletes (run.ts): before a contact or a case
 * goes, its countable facts are added to stats_monthly, and a case's outcome codes to
 * stats_monthly_codes, so statistics of the past stay whole.
 */

type Trx = Transaction<Database>;
const planStages = consultationStages.codes.filter((stage) => reachesPlan(stage));

interface Total {
	kind: string;
	month: string;
	county_id: string;
	contact_kind: string | null;
	source_type: string | null;
	channel: string | null;
	themes: string | null;
	actions: string | null;
	status: string | null;
	stage: string | null;
	days_to_plan: number | null;
	municipality_id: string | null;
	count: number;
}

/**
 * Adds totals to a totals table (stats_monthly, stats_monthly_codes): equal items (by all
 * their values) become one row and its count.
 */
async function addTotals(
	trx: Trx,
	table: 'stats_monthly' | 'stats_monthly_codes',
	items: object[]
) {
	const byKey = new Map<string, { item: object; count: number }>();
	for (const item of items) {
		const key = JSON.stringify(Object.values(item));
		const known = byKey.get(key);
		if (known) known.count += 1;
		else byKey.set(key, { item, count: 1 });
	}
	// Both tables have `key` and `count`; the rest of a row is the item's own columns.
	const into = table as 'stats_monthly_codes';
	for (const [key, { item, count }] of byKey) {
		await trx
			.insertInto(into)
			.values({ key, ...item, count } as never)
			.onConflict((oc) =>
				oc.column('key').doUpdateSet((eb) => ({
					count: eb(`${into}.count`, '+', eb.ref('excluded.count'))
				}))
			)
			.execute();
	}
}

const none = {
	contact_kind: null,
	source_type: null,
	channel: null,
	themes: null,
	actions: null,
	status: null,
	stage: null,
	days_to_plan: null,
	municipality_id: null
};

export async function keepContactTotals(trx: Trx, rows: RecordRowForFacts[]) {
	const totals: Omit<Total, 'count'>[] = [];
	for (const row of rows) {
		const fact = contactFact(JSON.parse(row.data!) as Record<string, unknown>);
		if (!fact) continue;
		totals.push({
			...none,
			kind: 'contacts',
			month: fact.day.slice(0, 7),
			county_id: row.county_id,
			contact_kind: fact.kind ?? null,
			source_type: fact.sourceType,
			channel: fact.channel,
			themes: joinCodes(fact.themes),
			actions: joinCodes(fact.actions),
			municipality_id: fact.municipalityId ?? null
		});
	}
	await addTotals(trx, 'stats_monthly', totals);
}

export async function keepConsultationTotals(trx: Trx, rows: RecordRowForFacts[]) {
	if (rows.length === 0) return;
	const plans = await trx
		.selectFrom('stats_facts')
		.select((eb) => ['parent_id', eb.fn.min('at').as('plan_at')])
		.where('kind', '=', 'consultation_events')
		.where('deleted', '=', 0)
		.where('stage', 'in', planStages)
		.where(
			'parent_id',
			'in',
			rows.map((row) => row.id)
		)
		.groupBy('parent_id')
		.execute();
	const planAt = new Map(plans.map((plan) => [plan.parent_id, plan.plan_at]));
	const totals: Omit<Total, 'count'>[] = [];
	// Outcome codes are kept one count per code, never a deleted case's set of them.
	const codes: { month: string; county_id: string; figure: string; code: string }[] = [];
	for (const row of rows) {
		const data = JSON.parse(row.data!) as Record<string, unknown>;
		const fact = consultationFact(data, planAt.get(row.id));
		if (!fact || fact.status === 'draft') continue;
		for (const code of outcomeCodes(fact.outcome!)) {
			codes.push({ month: fact.day.slice(0, 7), county_id: row.county_id, ...code });
		}
		totals.push({
			...none,
			kind: 'consultations',
			month: fact.day.slice(0, 7),
			county_id: row.county_id,
			status: fact.status,
			stage: fact.stage,
			days_to_plan: fact.daysToPlan,
			municipality_id: fact.municipalityId ?? null
		});
	}
	await addTotals(trx, 'stats_monthly', totals);
	await addTotals(trx, 'stats_monthly_codes', codes);
}
