import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

const KEY = 'auth_secret';

/**
 * The key that signs session cookies: AUTH_SECRET when set, else one made at first start and
 * kept in the database, so every process behind a load balancer shares it.
 */
export async function authSecret(db: Kysely<Database>, fromEnv: string | undefined) {
	if (fromEnv) return fromEnv;
	const fresh = randomBytes(32).toString('base64url');
	await db
		.insertInto('app_meta')
		.values({ key: KEY, value: fresh })
		.onConflict((oc) => oc.column('key').doNothing())
		.execute();
	const row = await db
		.selectFrom('app_meta')
		.select('value')
		.where('key', '=', KEY)
		.executeTakeFirstOrThrow();
	return row.value;
}
