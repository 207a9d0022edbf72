/** Staff UI languages; every label in the domain exists in all three. */
export const locales = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'fi';

export type Localized = Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
	return (locales as readonly unknown[]).includes(value);
}

/** Each language's name in itself, for language pickers. */
export const languageNames: Record<Locale, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };
