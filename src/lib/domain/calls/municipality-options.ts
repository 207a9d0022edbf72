import { countyName, findCounty, municipalities } from '../areas';
import type { Locale } from '../locale';
import type { TypeaheadOption } from '../typeahead';

/**
 * The municipality typeahead's choices: the name in the UI's language (the other names also
 * match), the county as a hint; the coordinator's own county first, then the rest of its OT area.
 */
export function municipalityOptions(locale: Locale, homeCountyId?: string): TypeaheadOption[] {
	const homeArea = homeCountyId ? findCounty(homeCountyId)?.areaId : undefined;
	return municipalities.map((place) => ({
		value: place.id,
		label: place.name[locale],
		keys: [...new Set([place.name.fi, place.name.sv])].filter(
			(name) => name !== place.name[locale]
		),
		hint: countyName(place.countyId, locale),
		rank:
			place.countyId === homeCountyId
				? 0
				: homeArea && findCounty(place.countyId)?.areaId === homeArea
					? 1
					: 2
	}));
}
