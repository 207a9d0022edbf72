import { counties } from '$lib/domain/areas';
import { localDate } from '$lib/domain/local-date';
import type { Locale } from '$lib/domain/locale';
import type { Option } from '$lib/components/ui/options';

export type { Option };

/** The counties a person may choose: all for admins, their own for coordinators. */
export function countyOptions(locale: Locale, only?: string): Option[] {
	return counties
		.filter((county) => !only || county.id === only)
		.map((county) => ({ value: county.id, label: county.name[locale] }));
}

// Languages most asked for in the OT counties; an entry's other codes are kept and shown too.
const commonLanguages = ['fi', 'sv', 'en', 'se', 'ru', 'et', 'uk', 'ar', 'so', 'fa', 'ku', 'fse'];

/** Language choices named in the user's language (Intl), those already chosen included. */
export function languageOptions(locale: Locale, chosen: readonly string[]): Option[] {
	const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
	const codes = [...new Set([...commonLanguages, ...chosen])];
	return codes.map((code) => ({ value: code, label: names.of(code) ?? code }));
}

/** Whole dates for date inputs: today in the device's time zone. */
export const today = (): string => localDate(new Date());
