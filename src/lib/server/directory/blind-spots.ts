import type { Kysely } from 'kysely';
import type { BlindSpotsAnswer } from '$lib/domain/api/admin';
import { blindSpots, coverageColumns } from '$lib/domain/blind-spots';
import type { Database } from '../db/schema';
import { listEntries } from './repository';

/** The blind-spot report over every listed service, public and professional alike. */
export async function blindSpotReport(db: Kysely<Database>): Promise<BlindSpotsAnswer> {
	const report = blindSpots(await listEntries(db, 'services'));
	return { columns: [...coverageColumns], ...report };
}
