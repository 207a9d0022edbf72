import { municipalities } from './areas';
import { placeMatcher, type GazetteerPlace } from './place-match';
import { postalCodesByMunicipality } from './postal-codes-data';

/**
 * Every municipality as the place matcher reads it: the Finnish name, the Swedish one (the
 * Finnish again where there is none), the Sámi ones, and the postal codes.
 */
export const gazetteer: GazetteerPlace[] = municipalities.map((place) => ({
	id: place.id,
	names: [place.name.fi, place.name.sv, ...place.sami],
	postalCodes: postalCodesByMunicipality[place.id] ?? ''
}));

/** Which municipality a text names (see place-match.ts), over the whole country. */
export const matchPlace = placeMatcher(gazetteer);
