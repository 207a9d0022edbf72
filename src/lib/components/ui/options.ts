import type { Locale, Localized } from '$lib/domain/locale';

/** One choice of a select, a chip group or a radio group. */
export interface Option<T extends string | number = string> {
	value: T;
	label: string;
}

/** A code list as choices for selects, chips and radios, labelled in the UI's language. */
export function codeOptions<C extends string>(
	items: readonly { code: C; label: Localized }[],
	locale: Locale
): Option<C>[] {
	return items.map((item) => ({ value: item.code, label: item.label[locale] }));
}
