import { z } from 'zod';
import type { Locale, Localized } from './locale';

export interface TaxonomyItem<C extends string = string> {
	readonly code: C;
	readonly label: Localized;
}

/**
 * One shape for every code list (themes, stages, tiers …): the items in display order,
 * a zod enum of their codes for validation on both sides, and a localised label lookup.
 */
export function defineTaxonomy<const C extends string>(items: readonly TaxonomyItem<C>[]) {
	const codes = items.map((item) => item.code) as [C, ...C[]];
	const byCode = new Map<string, TaxonomyItem<C>>(items.map((item) => [item.code, item]));
	return {
		items,
		codes,
		schema: z.enum(codes),
		has(code: string): code is C {
			return byCode.has(code);
		},
		label(code: C, locale: Locale): string {
			return byCode.get(code)?.label[locale] ?? code;
		}
	};
}

export type CodeOf<T extends { codes: readonly string[] }> = T['codes'][number];
