import { json } from '@sveltejs/kit';
import type { Health } from '$lib/domain/api/health';
import { currentSchemaVersion, database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** Liveness: the process serves. No database query, so checking it often costs nothing. */
export const GET: RequestHandler = () => {
	const body = {
		status: 'ok',
		db: database().kind,
		schemaVersion: currentSchemaVersion(),
		version: __APP_VERSION__
	} satisfies Health;
	return json(body, { headers: { 'cache-control': 'no-store' } });
};
