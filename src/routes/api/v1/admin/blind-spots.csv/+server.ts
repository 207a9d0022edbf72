import { error } from '@sveltejs/kit';
import { BlindSpotsParams } from '$lib/domain/api/requests';
import { blindSpotsCsv } from '$lib/domain/blind-spots';
import { requireRole } from '$lib/server/auth/guard';
import { blindSpotReport } from '$lib/server/directory/blind-spots';
import { parseOrFail } from '$lib/server/http';
import { database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** The blind-spot report as CSV for Finnish Excel; `lang` picks the headings and names. */
export const GET: RequestHandler = async ({ locals, url }) => {
	requireRole(locals, ['coordinator', 'admin']);
	const entries = [...url.searchParams];
	if (new Set(entries.map(([key]) => key)).size !== entries.length) {
		error(400, { message: 'Give each parameter once.', code: 'invalid_input' });
	}
	const { lang = 'fi' } = parseOrFail(BlindSpotsParams, Object.fromEntries(entries));
	const csv = blindSpotsCsv(await blindSpotReport(database().db), lang);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="lahelle-blind-spots.csv"'
		}
	});
};
