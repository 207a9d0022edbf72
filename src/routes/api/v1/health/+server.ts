import { json } from '@sveltejs/kit';
import { sql } from 'kysely';
import type { Health } from '$lib/domain/api/health';
import { errorResponse } from '$lib/server/http';
import { currentSchemaVersion, database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const { db, kind } = database();
	try {
		await sql`select 1`.execute(db);
	} catch {
		return errorResponse(503, 'database_unavailable', 'The database does not answer.');
	}
	const body = {
		status: 'ok',
		db: kind,
		schemaVersion: currentSchemaVersion(),
		version: __APP_VERSION__
	} satisfies Health;
	return json(body, { headers: { 'cache-control': 'no-store' } });
};
