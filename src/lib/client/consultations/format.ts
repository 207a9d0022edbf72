import { countyName, municipalityName } from '$lib/domain/areas';
import type { Locale } from '$lib/domain/locale';
import { childAgeGroups, type ChildAgeGroup } from '$lib/domain/record-codes';

/**
 * How a consultation is named on the board and its page: where and how old — never who. Falls back
 * to the county and `noAgeGroup` when the request did not say.
 */
export function consultationTitle(
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
