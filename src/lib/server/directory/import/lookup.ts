import { counties, municipalities } from '$lib/domain/areas';
import { foldText } from '$lib/domain/fold';
import { locales } from '$lib/domain/locale';

/** Finds codes by the code itself or by a label in any of our languages, ignoring case and accents. */
export function codeFinder<C extends string>(
	items: readonly { code: C; label: Record<string, string> }[]
) {
	const byKey = new Map<string, C>();
	for (const item of items) {
		byKey.set(foldText(item.code), item.code);
		for (const locale of locales) byKey.set(foldText(item.label[locale] ?? ''), item.code);
	}
	return (text: string): C | undefined => byKey.get(foldText(text.trim()));
}

const asItems = (places: { id: string; name: Record<string, string> }[]) =>
	places.map((place) => ({ code: place.id, label: place.name }));

export const findCountyId = codeFinder(asItems(counties));
export const findMunicipalityId = codeFinder(asItems(municipalities));

const languageCodes: Map<string, string> = new Map();

/**
 * A language by its code ("sv") or its name in Finnish, Swedish or English ("ruotsi",
 * "svenska", "Swedish"); a code with a region ("fi-FI") counts as its language.
 */
export function findLanguageCode(text: string): string | undefined {
	const value = text.trim();
	const code = /^([a-z]{2,3})(?:[-_][a-z0-9]+)?$/i.exec(value)?.[1]?.toLowerCase();
	if (code) return code;
	if (languageCodes.size === 0) {
		const letters = 'abcdefghijklmnopqrstuvwxyz';
		for (const lang of locales) {
			const names = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' });
			for (const first of letters) {
				for (const second of letters) {
					const name = names.of(first + second);
					if (name) languageCodes.set(foldText(name), first + second);
				}
			}
		}
	}
	return languageCodes.get(foldText(value));
}
