import type { UnsentView } from '$lib/client/sync/unsent';
import { daysAgo, formatClock, formatShortMoment } from '$lib/domain/date-format';
import type { Locale } from '$lib/domain/locale';
import { situationThemes } from '$lib/domain/themes';
import type { Translate } from '$lib/i18n';

/** A request's question in a list line: its first words, cut at a word, never mid-word. */
export function excerpt(text: string, max = 60): string {
	const line = text.replace(/\s+/g, ' ').trim();
	if (line.length <= max) return line;
	const cut = line.slice(0, max);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/**
 * A waiting record in plain words, as the person knows it: "Yhteydenotto 5.12. klo 10.12",
 * "Konsultaatiopyyntö: Miten tukea perhettä…" (its theme when the question is not readable).
 */
export function unsentWords(view: UnsentView, t: Translate, locale: Locale): string {
	let words: string;
	if (view.table === 'contacts') {
		const when = formatShortMoment(view.occurredAt ?? view.firstAt, locale);
		words = t('sync.item.contact', { when });
	} else if (view.table === 'consultations') {
		const theme = view.themes?.find((code) => situationThemes.has(code));
		const about = view.question
			? excerpt(view.question)
			: theme && situationThemes.has(theme)
				? situationThemes.label(theme, locale)
				: view.createdAt
					? formatShortMoment(view.createdAt, locale)
					: '';
		words = about ? t('sync.item.request', { about }) : t('sync.item.requestPlain');
	} else {
		words = t('sync.item.entry');
	}
	return view.removed ? t('sync.item.removed', { item: words }) : words;
}

/** When the device last synced, as near as it fits: "Synkronoitu klo 10.12", "… eilen klo 10.12". */
export function syncedWords(
	at: number | null,
	t: Translate,
	locale: Locale,
	now: Date = new Date()
): string {
	if (at === null) return t('sync.never');
	const days = daysAgo(at, now);
	if (days <= 0) return t('sync.syncedToday', { time: formatClock(at, locale) });
	if (days === 1) return t('sync.syncedYesterday', { time: formatClock(at, locale) });
	return t('sync.syncedOn', { when: formatShortMoment(at, locale) });
}
