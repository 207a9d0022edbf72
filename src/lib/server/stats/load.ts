import type { Kysely } from 'kysely';
import { computeStats, type StatsQuery, type StatsReport } from '$lib/domain/stats/compute';
import {
	previousPeriod,
	trendPeriod,
	withContext,
	type StatsOverview
} from '$lib/domain/stats/overview';
import type { Database } from '../db/schema';
import { contactGroups } from './contact-groups';
import { catchUpStatsFacts } from './facts-table';
import { monthlyTotals } from './monthly-totals';
import { receivedConsultations } from './received-consultations';

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
		receivedConsultations(db, query),
		monthlyTotals(db, query)
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
