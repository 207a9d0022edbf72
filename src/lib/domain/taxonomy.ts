import type { Locale, Localized } from './locale';

export interface TaxonomyItem<C extends string = string> {
	readonly code: C;
	readonly label: Localized;
}

/**
 * One shape for every code list (themes, stages, tiers …): the items in display order, their
 * codes and a localised label lookup. Plain data, so the browser bundle carries no zod;
 * validation schemas are built from `codes` in src/lib/domain/schemas.
 */
export function defineTaxonomy<const C extends string>(items: readonly TaxonomyItem<C>[]) {
	const codes = items.map((item) => item.code) as [C, ...C[]];
	const byCode = new Map<string, TaxonomyItem<C>>(items.map((item) => [item.code, item]));
	return {
		items,
		codes,
		has(code: string): code is C {
			return byCode.has(code);
		},
		label(code: C, locale: Locale): string {
			return byCode.get(code)?.label[locale] ?? code;
		},
		/**
		 * Several codes' labels as one line ("a, b"), in the order given; a code not given (null,
		 * empty) is left out. Takes plain strings: stored records hold them unnarrowed.
		 */
		labels(codes: readonly (string | null)[], locale: Locale): string {
			return codes
				.flatMap((code) => (code ? [byCode.get(code)?.label[locale] ?? code] : []))
				.join(', ');
		}
	};
}

export type CodeOf<T extends { codes: readonly string[] }> = T['codes'][number];
