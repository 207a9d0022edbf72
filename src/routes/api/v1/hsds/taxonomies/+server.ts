import { hsdsJson } from '$lib/server/hsds/http';
import { HsdsListQuery, paginate } from '$lib/server/hsds/page';
import { allTaxonomies } from '$lib/server/hsds/taxonomies';
import { parseOrFail } from '$lib/server/http';
import type { RequestHandler } from './$types';

/** Our code lists, which the services' attributes point into. */
export const GET: RequestHandler = ({ url }) => {
	const query = parseOrFail(HsdsListQuery, Object.fromEntries(url.searchParams));
	return hsdsJson(
		paginate(allTaxonomies(query.lang), query, (taxonomy) => taxonomy),
		query.lang
	);
};
