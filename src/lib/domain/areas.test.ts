import { describe, expect, it } from 'vitest';
import {
	counties,
	findCounty,
	findMunicipality,
	municipalities,
	municipalityName,
	otAreas
} from './areas';
import { CountyId, MunicipalityId } from './schemas/area-ids';

describe('OT areas, counties and municipalities', () => {
	it('puts Pirkanmaa, Kanta-Häme and Etelä-Pohjanmaa in the Sisä-Suomi OT area', () => {
		const area = otAreas.find((candidate) => candidate.id === 'sisa-suomi');
		expect(area?.countyIds).toEqual(['pirkanmaa', 'kanta-hame', 'etela-pohjanmaa']);
		expect(findCounty('kanta-hame')?.areaId).toBe('sisa-suomi');
	});

	it('lists the municipalities of the demo counties', () => {
		expect(findCounty('pirkanmaa')?.municipalityIds).toHaveLength(22);
		expect(findCounty('kanta-hame')?.municipalityIds).toHaveLength(11);
		expect(findCounty('etela-pohjanmaa')?.municipalityIds).toHaveLength(18);
		expect(findMunicipality('tampere')?.countyId).toBe('pirkanmaa');
		expect(findMunicipality('ahtari')?.name.fi).toBe('Ähtäri');
	});

	it('keeps ids unique and every county reference resolvable', () => {
		expect(new Set(municipalities.map((place) => place.id)).size).toBe(municipalities.length);
		for (const county of counties) {
			for (const id of county.municipalityIds)
				expect(findMunicipality(id)?.countyId).toBe(county.id);
		}
	});

	it('gives the Swedish name where one is in use and validates ids', () => {
		expect(municipalityName('hameenlinna', 'sv')).toBe('Tavastehus');
		expect(municipalityName('akaa', 'sv')).toBe('Akaa');
		expect(MunicipalityId.safeParse('seinajoki').success).toBe(true);
		expect(MunicipalityId.safeParse('atlantis').success).toBe(false);
		expect(CountyId.safeParse('lappi').success).toBe(true);
	});
});
