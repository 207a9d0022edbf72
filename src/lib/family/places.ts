import { counties, findMunicipality, otAreas } from '$lib/domain/areas';
import { gazetteer } from '$lib/domain/gazetteer';
import type { PublicArea, PublicCounty, PublicPlace } from './finder';

/** Every municipality as the finder reads it: its names, county and postal codes. */
export const publicPlaces: PublicPlace[] = gazetteer.map((place) => ({
	...place,
	countyId: findMunicipality(place.id)!.countyId
}));

export const publicCounties: PublicCounty[] = counties.map(({ id, name, areaId }) => ({
	id,
	name,
	areaId
}));

export const publicAreas: PublicArea[] = otAreas.map(({ id, name }) => ({ id, name }));

/** Every name a reader may type, for the typeahead (a datalist), sorted for the language. */
export function placeNames(sortLocale: string): string[] {
	const names = new Set(publicPlaces.flatMap((place) => place.names.slice(0, 2)));
	return [...names].sort((a, b) => a.localeCompare(b, sortLocale));
}
