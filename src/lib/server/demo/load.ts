import type { Kysely } from 'kysely';
import type { Auth } from '../auth/create-auth';
import { reserveSeq } from '../db/counters';
import type { Database } from '../db/schema';
import { DEMO_PASSWORD, demoAccounts } from './accounts';
import { demoExperts } from './experts';
import { v7 as uuidv7 } from 'uuid';

const DEMO_MARKER = 'demo_loaded';

/** Loads the fictional demo data once; answers whether it did so now. */
export async function loadDemoDataOnce(db: Kysely<Database>, auth: Auth): Promise<boolean> {
	const loaded = await loadDirectory(db);
	if (loaded) await createDemoAccounts(auth);
	return loaded;
}

async function createDemoAccounts(auth: Auth) {
	for (const account of demoAccounts) {
		// Without request headers better-auth lets the server itself create users.
		await auth.api.createUser({
			body: {
				email: account.email,
				name: account.name,
				password: DEMO_PASSWORD,
				role: account.role,
				data: { countyId: account.countyId, emailVerified: true }
			}
		});
	}
}

async function loadDirectory(db: Kysely<Database>): Promise<boolean> {
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
