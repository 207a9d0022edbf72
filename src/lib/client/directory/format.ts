import { localDate } from '$lib/domain/local-date';
import type { Locale } from '$lib/domain/locale';
import type { EntryKind } from '$lib/domain/entry-kind';

/** A phone number as a dialable link: `tel:` with the spaces taken out. */
export const telHref = (phone: string) => `tel:${phone.replace(/\s+/g, '')}`;

export const mailtoHref = (email: string) => `mailto:${email}`;

export const detailHref = (kind: EntryKind, id: string) => `/app/directory/${kind}/${id}`;

/** Today's date on this device (YYYY-MM-DD), as the badge and the meeting dates count days. */
export const localToday = (now = new Date()): string => localDate(now);

/** A language code as its name in the reader's language: "sv" → "ruotsi". */
export function languageName(code: string, locale: Locale): string {
	try {
		return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
	} catch {
		return code;
	}
}

/**
 * A text in the reader's language, or the Finnish one when it has not been translated; `lang`
 * says which, so that a screen reader reads it with the right voice.
 */
export function inLocale(
	text: Record<Locale, string>,
	locale: Locale
): { text: string; lang: Locale } {
	return text[locale].trim() ? { text: text[locale], lang: locale } : { text: text.fi, lang: 'fi' };
}
