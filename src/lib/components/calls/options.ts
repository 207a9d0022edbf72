import type { Locale, Localized } from '$lib/domain/locale';

/** A code list as choices for chips and radios, labelled in the UI's language. */
export function codeOptions<C extends string>(
	items: readonly { code: C; label: Localized }[],
	locale: Locale
): { value: C; label: string }[] {
	return items.map((item) => ({ value: item.code, label: item.label[locale] }));
}
