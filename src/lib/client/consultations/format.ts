import { countyName, municipalityName } from '$lib/domain/areas';
import { localDateOf } from '$lib/domain/local-date';
import type { Locale } from '$lib/domain/locale';
import { childAgeGroups, type ChildAgeGroup } from '$lib/domain/record-codes';

// A formatter is costly to make and the board shows hundreds of dates: one per language.
const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** A calendar date (YYYY-MM-DD) as directory/format.ts formatDate writes it, made fast. */
export function formatDay(isoDate: string, locale: Locale): string {
	let formatter = formatters.get(locale);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
			day: 'numeric',
			month: 'numeric',
			year: 'numeric',
			timeZone: 'UTC'
		});
		formatters.set(locale, formatter);
	}
	return formatter.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A moment for people: the date and the clock time. */
export function formatMoment(isoDateTime: string, locale: Locale): string {
	const at = new Date(isoDateTime);
	const time = at.toLocaleTimeString(locale === 'en' ? 'en-GB' : locale, {
		hour: '2-digit',
		minute: '2-digit'
	});
	return `${formatDay(localDateOf(isoDateTime), locale)} ${time}`;
}

/**
 * How a case is named on the board and its page: where and how old — never who. Falls back
 * to the county and `noAgeGroup` when the request did not say.
 */
export function caseTitle(
	item: { municipalityId: string | null; countyId: string; childAgeGroup: string | null },
	locale: Locale,
	noAgeGroup: string
): string {
	const place = item.municipalityId
		? municipalityName(item.municipalityId, locale)
		: countyName(item.countyId, locale);
	const age = childAgeGroups.has(item.childAgeGroup ?? '')
		? childAgeGroups.label(item.childAgeGroup as ChildAgeGroup, locale)
		: noAgeGroup;
	return `${place} · ${age}`;
}
