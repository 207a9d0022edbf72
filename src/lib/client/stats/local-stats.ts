import type { StatsQuery } from '$lib/domain/stats/compute';
import {
	consultationFact,
	contactFact,
	optionalStageEntries,
	planReachedAt,
	type ConsultationFact,
	type ContactFact
} from '$lib/domain/stats/facts';
import { computeOverview, overviewSpan, type StatsOverview } from '$lib/domain/stats/overview';
import { decryptFields } from '../crypto/fields';
import type { ConsultationRow, RecDb } from '../db/rec-db';

const DAY_MS = 86_400_000;
const utcDay = (day: string, days: number) =>
	new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export interface LocalStats {
	report: StatsOverview;
	/** How many contacts this device holds in all, to say what the figures rest on. */
	contactsOnDevice: number;
}

/**
 * The asked counties' sent consultations with their answers given (`outputs`) decrypted: the
 * kinds of help given are counted, their texts are not read.
 */
async function withOutputs(rows: ConsultationRow[], query: StatsQuery, key: CryptoKey) {
	const counted = rows.filter(
		(row) => row.status !== 'draft' && query.countyIds.includes(row.countyId)
	);
	return Promise.all(counted.map((row) => decryptFields(key, row, ['outputs'])));
}

/**
 * The statistics from this device's own records (a coordinator's device holds its OT area's
 * records), with the same pure functions as the server, so the figures are the same when the
 * device is up to date. Only fields kept in clear are read, and the answers given, decrypted
 * with the device's key for their kinds.
 */
export async function localStats(
	db: RecDb,
	query: StatsQuery,
	key: CryptoKey
): Promise<LocalStats> {
	// An ISO time (UTC) is at most a day off the Finnish day: read each county's contacts of
	// the days the figures need (the range, the period before, the trend's year) and a day
	// either side by the index; the pure functions then test the exact Finnish day.
	const span = overviewSpan(query);
	const after = utcDay(span.from, -1);
	const before = utcDay(span.to, 2);
	const [byCounty, contactsOnDevice, consultations, events] = await db.transaction(
		'r',
		[db.contacts, db.consultations, db.consultation_events],
		() =>
			Promise.all([
				Promise.all(
					query.countyIds.map((countyId) =>
						db.contacts
							.where('[countyId+occurredAt]')
							.between([countyId, after], [countyId, before])
							.toArray()
					)
				),
				db.contacts.count(),
				db.consultations.toArray(),
				db.consultation_events.toArray()
			])
	);
	const contactFacts: ContactFact[] = [];
	for (const row of byCounty.flat()) {
		const fact = contactFact(row);
		if (fact) contactFacts.push(fact);
	}
	const planAt = planReachedAt(events);
	const stageEntries = optionalStageEntries(events);
	const consultationFacts: ConsultationFact[] = [];
	for (const row of await withOutputs(consultations, query, key)) {
		const fact = consultationFact(row, planAt.get(row.id), stageEntries.get(row.id));
		if (fact) consultationFacts.push(fact);
	}
	return {
		report: computeOverview({ contacts: contactFacts, consultations: consultationFacts }, query),
		contactsOnDevice
	};
}
