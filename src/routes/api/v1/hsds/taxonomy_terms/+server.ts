import { z } from 'zod';
import { hsdsJson } from '$lib/server/hsds/http';
import { HsdsListQuery, paginate } from '$lib/server/hsds/page';
import { allTerms } from '$lib/server/hsds/taxonomies';
import { parseOrFail } from '$lib/server/http';
import type { RequestHandler } from './$types';

const Query = HsdsListQuery.extend({ taxonomy_id: z.uuid().optional() });

export const GET: RequestHandler = ({ url }) => {
	const query = parseOrFail(Query, Object.fromEntries(url.searchParams));
	const terms = allTerms(query.lang).filter(
		(term) => !query.taxonomy_id || term.taxonomy_id === query.taxonomy_id
	);
	return hsdsJson(
		paginate(terms, query, (term) => term),
		query.lang
	);
};
