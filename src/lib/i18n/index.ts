import type { Locale } from '$lib/domain/locale';
import { en } from './messages/en';
import { fi, type MessageKey } from './messages/fi';
import { sv } from './messages/sv';

export type { MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const catalogues = { fi, sv, en } as const;

/** A translate function for one locale: `t('directory.count', { count: 3 })`. */
export function translator(locale: Locale): Translate {
	const messages = catalogues[locale];
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
