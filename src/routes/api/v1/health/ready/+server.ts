import { json } from '@sveltejs/kit';
import type { Ready } from '$lib/domain/api/health';
import { errorResponse } from '$lib/server/http';
import { databaseProblem } from '$lib/server/readiness';
import { currentSchemaVersion, database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/**
 * Readiness, for a load balancer: 200 when this process can serve, 503 with the reason when the
 * database does not answer. While the start (migrations) runs, the entry (server/start.js)
 * answers 503 `starting` before the app is reached.
 */
export const GET: RequestHandler = async () => {
	const { db, kind } = database();
	const problem = await databaseProblem(db);
	const headers = { 'cache-control': 'no-store' };
	if (problem) {
		return errorResponse(503, 'database_unavailable', problem, undefined, {
			...headers,
			'retry-after': '5'
		});
	}
	const body = {
		status: 'ready',
		db: kind,
		schemaVersion: currentSchemaVersion(),
		version: __APP_VERSION__
	} satisfies Ready;
	return json(body, { headers });
};
