import { areaSources, countySources, mergedMunicipalities } from './areas-data';
import { legacyMunicipalityIds } from './legacy-area-ids';
import type { Locale, Localized } from './locale';

/**
 * OT areas → wellbeing services counties → municipalities, for the whole country (the data and
 * its sources are in areas-data.ts). A municipality's id is its Statistics Finland code ("837"
 * Tampere); a county's id is a readable slug ("pirkanmaa") with its code beside it.
 */
export interface Municipality {
	id: string;
	name: Localized;
	/** Official Sámi names, where the municipality has them. */
	sami: string[];
	countyId: string;
}

export interface County {
	id: string;
	code: string | null;
	name: Localized;
	/** Null for Åland, which is outside the wellbeing services reform and the OT areas. */
	areaId: string | null;
	municipalityIds: string[];
}

export interface OtArea {
	id: string;
	name: Localized;
	hospital: string;
	countyIds: string[];
}

export const otAreas: OtArea[] = areaSources.map((area) => ({
	...area,
	countyIds: countySources.filter((county) => county.areaId === area.id).map((county) => county.id)
}));

export const counties: County[] = countySources.map((county) => ({
	id: county.id,
	code: county.code,
	name: county.name,
	areaId: county.areaId,
	municipalityIds: county.municipalities.map((place) => place.code)
}));

export const municipalities: Municipality[] = countySources.flatMap((county) =>
	county.municipalities.map((place) => ({
		id: place.code,
		name: { fi: place.fi, sv: place.sv ?? place.fi, en: place.fi },
		sami: place.smi ?? [],
		countyId: county.id
	}))
);

const countyById = new Map(counties.map((county) => [county.id, county]));
const municipalityById = new Map(municipalities.map((place) => [place.id, place]));
const areaById = new Map(otAreas.map((area) => [area.id, area]));

/**
 * The current code for a municipality id: a current code as is, an old slug id or the code of
 * a municipality since merged into another as the code it is now; undefined for anything else.
 */
export function municipalityCode(id: string): string | undefined {
	const code = mergedMunicipalities[id] ?? legacyMunicipalityIds[id] ?? id;
	return municipalityById.has(code) ? code : undefined;
}

export const findCounty = (id: string) => countyById.get(id);
export const findMunicipality = (id: string) => municipalityById.get(municipalityCode(id) ?? '');
export const findOtArea = (id: string) => areaById.get(id);

export function countyName(id: string, locale: Locale): string {
	return countyById.get(id)?.name[locale] ?? id;
}

export function municipalityName(id: string, locale: Locale): string {
	return findMunicipality(id)?.name[locale] ?? id;
}
