import type { Kysely } from 'kysely';
import { reserveSeq } from '../db/counters';
import type { Database } from '../db/schema';
import { demoExperts } from './experts';
import { v7 as uuidv7 } from 'uuid';

const DEMO_MARKER = 'demo_loaded';

/** Loads the fictional demo data once; answers whether it did so now. */
export async function loadDemoDataOnce(db: Kysely<Database>): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const marker = await trx
			.selectFrom('app_meta')
			.select('value')
			.where('key', '=', DEMO_MARKER)
			.executeTakeFirst();
		if (marker) return false;

		const experts = demoExperts(24);
		const firstSeq = await reserveSeq(trx, experts.length);
		const now = new Date().toISOString();
		await trx
			.insertInto('experts')
			.values(
				experts.map((expert, index) => ({
					id: uuidv7(),
					name: expert.name,
					title: expert.title,
					organisation: expert.organisation,
					county_id: expert.countyId,
					expertise: JSON.stringify(expert.expertise),
					languages: JSON.stringify(expert.languages),
					phone: expert.phone,
					email: expert.email,
					availability: expert.availability,
					version: 1,
					seq: firstSeq + index,
					updated_at: now
				}))
			)
			.execute();
		await trx.insertInto('app_meta').values({ key: DEMO_MARKER, value: now }).execute();
		return true;
	});
}
