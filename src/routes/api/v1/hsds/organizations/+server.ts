import { organizationsPage } from '$lib/server/hsds/export';
import { hsdsJson } from '$lib/server/hsds/http';
import { HsdsListQuery } from '$lib/server/hsds/page';
import { parseOrFail } from '$lib/server/http';
import { database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const query = parseOrFail(HsdsListQuery, Object.fromEntries(url.searchParams));
	const page = await organizationsPage(database().db, query, { signedIn: !!locals.actor });
	return hsdsJson(page, query.lang);
};
