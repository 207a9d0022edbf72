import { organizationById } from '$lib/server/hsds/export';
import { hsdsJson, hsdsNotFound } from '$lib/server/hsds/http';
import { HsdsItemQuery } from '$lib/server/hsds/page';
import { parseOrFail } from '$lib/server/http';
import { database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { lang } = parseOrFail(HsdsItemQuery, Object.fromEntries(url.searchParams));
	const organization = await organizationById(database().db, params.organizationId, lang, {
		signedIn: !!locals.actor
	});
	return organization ? hsdsJson(organization, lang) : hsdsNotFound('organization');
};
