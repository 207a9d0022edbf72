import { municipalities } from '$lib/domain/areas';
import type { PublicPlace } from './finder';

/** Municipalities by their Finnish name, with the Swedish one where it differs. */
export const publicPlaces: PublicPlace[] = municipalities.map((place) => ({
	id: place.id,
	names: place.name.sv !== place.name.fi ? [place.name.fi, place.name.sv] : [place.name.fi],
	countyId: place.countyId
}));

/** Every name a reader may type, for the typeahead (a datalist), sorted for the language. */
export function placeNames(sortLocale: string): string[] {
	const names = new Set(publicPlaces.flatMap((place) => place.names));
	return [...names].sort((a, b) => a.localeCompare(b, sortLocale));
}
