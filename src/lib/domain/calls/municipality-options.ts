import { countyName, findCounty, municipalities } from '../areas';
import { matchPlace } from '../gazetteer';
import type { Locale } from '../locale';
import { postalCodesByMunicipality } from '../postal-codes-data';
import { matchOptions, settledOption, type TypeaheadOption } from '../typeahead';

/**
 * The municipality typeahead's choices: the name in the UI's language (the other names also
 * match), the county as a hint; the coordinator's own county first, then the rest of its OT area.
 */
export function municipalityOptions(locale: Locale, homeCountyId?: string): TypeaheadOption[] {
	const homeArea = homeCountyId ? findCounty(homeCountyId)?.areaId : undefined;
	return municipalities.map((place) => ({
		value: place.id,
		label: place.name[locale],
		keys: [...new Set([place.name.fi, place.name.sv, ...place.sami])].filter(
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

/** Municipalities with a postal code that starts with these digits, in code order. */
function byPostalPrefix(digits: string): string[] {
	return Object.entries(postalCodesByMunicipality)
		.filter(([, codes]) => codes.split(' ').some((code) => code.startsWith(digits)))
		.map(([id]) => id);
}

/**
 * The municipality combobox's list: the place the text names (a case form such as
 * "Tampereella", "i Åbo", a Sámi name, a postal code) first, then the names that begin with
 * it; digits list the municipalities whose postal codes begin with them (a caller reading
 * the code out digit by digit sees the list narrow).
 */
export function matchMunicipalities<O extends TypeaheadOption>(
	options: readonly O[],
	text: string,
	limit = 8
): O[] {
	const typed = text.trim();
	const byId = new Map(options.map((option) => [option.value, option]));
	if (/^\d{2,5}$/.test(typed)) {
		return byPostalPrefix(typed)
			.map((id) => byId.get(id))
			.filter((option) => option !== undefined)
			.sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
			.slice(0, limit);
	}
	const answer = matchPlace(typed);
	const named = answer.kind === 'found' ? byId.get(answer.id) : undefined;
	const rest = matchOptions(options, typed, limit).filter((option) => option !== named);
	return [...(named ? [named] : []), ...rest].slice(0, limit);
}

/**
 * The municipality a finished text stands for when focus leaves the field: the place it
 * names (name, case form, postal code), else an option that leaves no doubt.
 */
export function settledMunicipality<O extends TypeaheadOption>(
	options: readonly O[],
	text: string
): O | undefined {
	const answer = matchPlace(text);
	if (answer.kind === 'found') return options.find((option) => option.value === answer.id);
	return settledOption(options, text);
}
