import type { EntryKind } from '$lib/domain/entry-kind';
import type { SearchDocument } from './documents';

/**
 * The directory's filters; an unset filter lets everything through. A filter that does not
 * apply to a kind (a tier for a person) leaves that kind out: asking for a tier means services.
 */
export interface SearchFilters {
	kind?: EntryKind;
	county?: string;
	expertise?: string;
	language?: string;
	role?: string;
	tier?: string;
	category?: string;
}

export type FilterName = keyof SearchFilters;
export const filterNames: readonly FilterName[] = [
	'kind',
	'county',
	'expertise',
	'language',
	'role',
	'tier',
	'category'
];

/** The facets of a document that the filters test, and its place in the unfiltered list. */
export type Facets = Pick<
	SearchDocument,
	'kind' | 'counties' | 'expertise' | 'languages' | 'roles' | 'tier' | 'category' | 'sortKey'
>;

/** Filters with a value, so that `{ county: '' }` from an empty select means no filter. */
export function activeFilters(filters: SearchFilters): SearchFilters {
	return Object.fromEntries(
		Object.entries(filters).filter(([, value]) => typeof value === 'string' && value !== '')
	);
}

export function hasFilters(filters: SearchFilters): boolean {
	return Object.keys(activeFilters(filters)).length > 0;
}

/** A predicate for the given filters, built once per search and run on every match. */
export function facetMatcher(filters: SearchFilters): (facets: Facets) => boolean {
	const { kind, county, expertise, language, role, tier, category } = activeFilters(filters);
	return (facets) =>
		(kind === undefined || facets.kind === kind) &&
		(county === undefined || facets.counties.includes(county)) &&
		(expertise === undefined || facets.expertise.includes(expertise)) &&
		(language === undefined || facets.languages.includes(language)) &&
		(role === undefined || facets.roles.includes(role)) &&
		(tier === undefined || facets.tier === tier) &&
		(category === undefined || facets.category === category);
}
