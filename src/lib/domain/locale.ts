import { z } from 'zod';

/** Staff UI languages; every label in the domain exists in all three. */
export const locales = ['fi', 'sv', 'en'] as const;
export const Locale = z.enum(locales);
export type Locale = z.infer<typeof Locale>;
export const defaultLocale: Locale = 'fi';

export type Localized = Record<Locale, string>;

// A plain check rather than the zod schema keeps zod out of the staff app's first load.
export function isLocale(value: unknown): value is Locale {
	return (locales as readonly unknown[]).includes(value);
}
