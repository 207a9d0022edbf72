import { postalCodesByMunicipality } from './postal-codes-data';

/** Postal code → municipality code, built once from the generated table. */
const municipalityByCode = new Map<string, string>(
	Object.entries(postalCodesByMunicipality).flatMap(([municipality, codes]) =>
		codes.split(' ').map((code) => [code, municipality] as const)
	)
);

/** The municipality (its code) a street address postal code belongs to, if it is known. */
export const municipalityOfPostalCode = (postalCode: string) =>
	municipalityByCode.get(postalCode.trim());

/** A municipality's street address postal codes, sorted. */
export const postalCodesOf = (municipalityId: string): string[] =>
	postalCodesByMunicipality[municipalityId]?.split(' ') ?? [];

export const isPostalCode = (text: string) => /^\d{5}$/.test(text.trim());
