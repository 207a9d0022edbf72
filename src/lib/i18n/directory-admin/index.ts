import type { Locale } from '$lib/domain/locale';
import { interpolate } from '../interpolate';
import { en } from './en';
import { fi, type DirectoryAdminKey, type DirectoryAdminMessages } from './fi';
import { sv } from './sv';

export type { DirectoryAdminKey };
export type DirectoryAdminTranslate = (
	key: DirectoryAdminKey,
	params?: Record<string, string | number>
) => string;

// An admin page: all three languages come with its code, none with the app's first load.
const catalogues: Record<Locale, DirectoryAdminMessages> = { fi, sv, en };

/** A translate function for the directory administration page, like `translator`. */
export function directoryAdminTranslator(locale: Locale): DirectoryAdminTranslate {
	const messages = catalogues[locale];
	return (key, params) => interpolate(messages[key], params);
}
