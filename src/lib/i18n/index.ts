import type { Locale } from '$lib/domain/locale';
import { fi, type MessageKey, type Messages } from './messages/fi';

export type { MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

// Finnish ships with every page; Swedish and English load on demand, so a phone downloads
// only the language its user reads.
const catalogues: Partial<Record<Locale, Messages>> = { fi };
const loaders: Record<Exclude<Locale, 'fi'>, () => Promise<Messages>> = {
	sv: () => import('./messages/sv').then((module) => module.sv),
	en: () => import('./messages/en').then((module) => module.en)
};

/** Makes `locale`'s messages available to `translator`; call (and await) before using it. */
export async function loadLocale(locale: Locale): Promise<void> {
	if (locale === 'fi' || catalogues[locale]) return;
	catalogues[locale] = await loaders[locale]();
}

/**
 * A translate function for one locale: `t('directory.count', { count: 3 })`. Until the
 * locale is loaded it answers in Finnish.
 */
export function translator(locale: Locale): Translate {
	const messages = catalogues[locale] ?? fi;
	return (key, params) => {
		const text: string = messages[key];
		if (!params) return text;
		return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
			name in params ? String(params[name]) : whole
		);
	};
}

/** Locale of a public page from its path: /sv/… and /en/… carry one, everything else is Finnish. */
export function localeFromPath(pathname: string): Locale {
	const first = pathname.split('/')[1];
	return first === 'sv' || first === 'en' ? first : 'fi';
}
