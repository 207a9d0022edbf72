import { json } from '@sveltejs/kit';
import type { StatsAnswer } from '$lib/domain/api/stats';
import { toFigures } from '$lib/domain/stats/suppress';
import { requireRole } from '$lib/server/auth/guard';
import { database } from '$lib/server/runtime';
import { serverStats } from '$lib/server/stats/load';
import { statsRequest } from '$lib/server/stats/params';
import type { RequestHandler } from './$types';

/** The statistics for a range and an area as JSON, for the app and for other reporting tools. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const actor = requireRole(locals, ['coordinator', 'admin']);
	const request = statsRequest(url, actor);
	const report = await serverStats(database().db, request.query);
	return json({ area: request.area, ...toFigures(report, request.suppress) } satisfies StatsAnswer);
};
