import type { Kysely } from 'kysely';
import type { StatsQuery } from '$lib/domain/stats/compute';
import type {
	MonthlyConsultationFact,
	MonthlyContactFact,
	MonthlyOutcomeFact
} from '$lib/domain/stats/facts';
import type { Database } from '../db/schema';
import { splitCodes } from './facts-table';

/** Monthly totals of deleted records (retention) in the months the range touches. */
export async function monthlyTotals(db: Kysely<Database>, query: StatsQuery) {
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
