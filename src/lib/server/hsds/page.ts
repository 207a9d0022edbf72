import { z } from 'zod';
import { locales } from '$lib/domain/locale';
import type { HsdsPage } from './types';

const Lang = z.enum(locales).default('fi');

/** Query of an HSDS list: HSDS's `page` and `per_page` (1-based), and our `lang`. */
export const HsdsListQuery = z.strictObject({
	page: z.coerce.number().int().min(1).max(1_000_000).default(1),
	per_page: z.coerce.number().int().min(1).max(1000).default(50),
	lang: Lang
});
export type HsdsListQuery = z.infer<typeof HsdsListQuery>;

export const HsdsItemQuery = z.strictObject({ lang: Lang });

/** One page of `items` in the HSDS paged shape; only the page's items are mapped. */
export function paginate<T, U>(
	items: readonly T[],
	query: Pick<HsdsListQuery, 'page' | 'per_page'>,
	map: (item: T) => U
): HsdsPage<U> {
	const totalPages = Math.ceil(items.length / query.per_page);
	const start = (query.page - 1) * query.per_page;
	const contents = items.slice(start, start + query.per_page).map(map);
	return {
		total_items: items.length,
		total_pages: totalPages,
		page_number: query.page,
		size: contents.length,
		first_page: query.page === 1,
		last_page: query.page >= totalPages,
		empty: contents.length === 0,
		contents
	};
}
