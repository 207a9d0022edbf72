import { describe, expect, it } from 'vitest';
import { countySources, mergedMunicipalities } from './areas-data';
import {
	counties,
	findCounty,
	findMunicipality,
	municipalities,
	municipalityCode,
	municipalityName,
	otAreas
} from './areas';
import { legacyMunicipalityIds } from './legacy-area-ids';
import { CountyId, MunicipalityId } from './schemas/area-ids';

const wellbeing = counties.filter((county) => county.areaId !== null);

describe('the geography of Finland', () => {
	it('has the 308 municipalities of 2025, each with a three-digit code', () => {
		expect(municipalities).toHaveLength(308);
		expect(new Set(municipalities.map((place) => place.id)).size).toBe(308);
		for (const place of municipalities) expect(place.id).toMatch(/^\d{3}$/);
	});

	it('has 21 wellbeing services counties and the City of Helsinki in five OT areas; Åland apart', () => {
		expect(wellbeing).toHaveLength(22);
		expect(wellbeing.filter((county) => county.id !== 'helsingin-kaupunki')).toHaveLength(21);
		expect(otAreas).toHaveLength(5);
		expect(counties.filter((county) => county.areaId === null).map((c) => c.id)).toEqual([
			'ahvenanmaa'
		]);
		expect(findCounty('ahvenanmaa')?.municipalityIds).toHaveLength(16);
		expect(new Set(counties.map((county) => county.id)).size).toBe(counties.length);
		expect(new Set(wellbeing.map((county) => county.code)).size).toBe(22);
	});

	it('puts every municipality in exactly one county and every county in one OT area', () => {
		for (const place of municipalities) {
			const holders = counties.filter((county) => county.municipalityIds.includes(place.id));
			expect(holders.map((county) => county.id)).toEqual([place.countyId]);
		}
		for (const county of wellbeing) {
			const holders = otAreas.filter((area) => area.countyIds.includes(county.id));
			expect(holders.map((area) => area.id)).toEqual([county.areaId]);
		}
		expect(otAreas.flatMap((area) => area.countyIds).sort()).toEqual(
			wellbeing.map((county) => county.id).sort()
		);
	});

	it('forms the OT areas around the five university hospitals', () => {
		const area = (id: string) => otAreas.find((candidate) => candidate.id === id)?.countyIds;
		expect(area('sisa-suomi')).toEqual(['kanta-hame', 'pirkanmaa', 'etela-pohjanmaa']);
		expect(area('pohjoinen')).toEqual(['keski-pohjanmaa', 'pohjois-pohjanmaa', 'kainuu', 'lappi']);
		expect(area('etela-suomi')).toContain('helsingin-kaupunki');
		expect(area('lansi-suomi')).toEqual(['varsinais-suomi', 'satakunta', 'pohjanmaa']);
		expect(area('ita-suomi')).toEqual([
			'etela-savo',
			'pohjois-savo',
			'pohjois-karjala',
			'keski-suomi'
		]);
	});

	it('knows the changes since 2021: Kuhmoinen in Pirkanmaa, Pertunmaa merged into Mäntyharju', () => {
		expect(findMunicipality('291')).toMatchObject({
			name: { fi: 'Kuhmoinen' },
			countyId: 'pirkanmaa'
		});
		expect(findCounty('pirkanmaa')?.municipalityIds).toHaveLength(23);
		expect(findMunicipality('090')?.countyId).toBe('pohjois-karjala');
		expect(findMunicipality('142')?.countyId).toBe('paijat-hame');
		expect(municipalities.some((place) => place.name.fi === 'Pertunmaa')).toBe(false);
		expect(mergedMunicipalities['588']).toBe('507');
		expect(findMunicipality('588')?.name.fi).toBe('Mäntyharju');
	});

	it('gives Swedish names where they are in use, and Sámi names where official', () => {
		expect(municipalityName('109', 'sv')).toBe('Tavastehus');
		expect(municipalityName('853', 'sv')).toBe('Åbo');
		expect(municipalityName('020', 'sv')).toBe('Akaa');
		expect(findMunicipality('148')?.sami).toEqual(['Anár', 'Aanaar', 'Aanar']);
		expect(findMunicipality('890')?.sami).toEqual(['Ohcejohka']);
		expect(municipalities.filter((place) => place.sami.length > 0)).toHaveLength(4);
	});

	it('reads the old slug ids and merged codes as the current codes', () => {
		expect(Object.keys(legacyMunicipalityIds)).toHaveLength(118);
		for (const [legacy, code] of Object.entries(legacyMunicipalityIds)) {
			expect(municipalityCode(legacy)).toBe(code);
		}
		expect(findMunicipality('tampere')?.id).toBe('837');
		expect(municipalityCode('atlantis')).toBeUndefined();
		expect(MunicipalityId.parse('seinajoki')).toBe('743');
		expect(MunicipalityId.parse('588')).toBe('507');
		expect(MunicipalityId.safeParse('atlantis').success).toBe(false);
		expect(CountyId.safeParse('pohjois-savo').success).toBe(true);
		expect(CountyId.safeParse('uusimaa').success).toBe(false);
	});

	it('keeps the source data sorted and complete', () => {
		const listed = countySources.flatMap((county) => county.municipalities.map((m) => m.code));
		expect(listed.sort()).toEqual(municipalities.map((place) => place.id).sort());
	});
});
