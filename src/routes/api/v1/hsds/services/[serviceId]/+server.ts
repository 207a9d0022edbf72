import { serviceById } from '$lib/server/hsds/export';
import { hsdsJson, hsdsNotFound } from '$lib/server/hsds/http';
import { HsdsItemQuery } from '$lib/server/hsds/page';
import { parseOrFail } from '$lib/server/http';
import { database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { lang } = parseOrFail(HsdsItemQuery, Object.fromEntries(url.searchParams));
	const service = await serviceById(database().db, params.serviceId, lang, {
		signedIn: !!locals.actor
	});
	return service ? hsdsJson(service, lang) : hsdsNotFound('service');
};
