import { toFigures } from '$lib/domain/stats/suppress';
import { areaName } from '$lib/domain/stats/area';
import { statsCsv } from '$lib/domain/stats/tables';
import { audit } from '$lib/server/audit';
import { requireRole } from '$lib/server/auth/guard';
import { database } from '$lib/server/runtime';
import { serverStats } from '$lib/server/stats/load';
import { statsRequest } from '$lib/server/stats/params';
import type { RequestHandler } from './$types';

/** The same figures as CSV for Finnish Excel (UTF-8 BOM, `;`); `lang` picks the labels. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const actor = requireRole(locals, ['coordinator', 'admin']);
	const request = statsRequest(url, actor);
	const { db } = database();
	const report = await serverStats(db, request.query);
	await audit(db, {
		actorId: actor.userId,
		action: 'stats.export',
		recordTable: 'stats',
		recordId: request.area,
		fields: ['from', 'to', ...(request.suppress ? ['suppress'] : [])]
	});
	const csv = statsCsv(
		toFigures(report, request.suppress),
		areaName(request.area, request.locale),
		request.locale
	);
	const name = `lahelle-stats-${request.area}-${request.query.from}-${request.query.to}.csv`;
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${name}"`
		}
	});
};
