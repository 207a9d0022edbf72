import type { Kysely } from 'kysely';
import type { StatsQuery } from '$lib/domain/stats/compute';
import type { ContactFact } from '$lib/domain/stats/facts';
import { lastDayOfMonth, monthsBetween } from '$lib/domain/stats/finnish-time';
import type { Database } from '../db/schema';
import { splitCodes } from './facts-table';

/**
 * Contacts in the range, each group carrying its count: months the range covers whole come
 * from stats_month_groups (a few hundred groups a month however many contacts there are);
 * the part-months at its ends are grouped from stats_facts. A group's `day` is a real day
 * of its contacts, which is all the figures need of it (its month).
 */
export async function contactGroups(
	db: Kysely<Database>,
	query: StatsQuery
): Promise<ContactFact[]> {
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
