import { json } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { blindSpotReport } from '$lib/server/directory/blind-spots';
import { database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** Which tiers and service categories reach each county and municipality, and which do not. */
export const GET: RequestHandler = async ({ locals }) => {
	requireRole(locals, ['coordinator', 'admin']);
	return json(await blindSpotReport(database().db));
};
