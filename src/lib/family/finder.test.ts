import { describe, expect, it } from 'vitest';
import {
	findPlace,
	nationalServices,
	placeName,
	serviceText,
	servicesFor,
	type PublicService
} from './finder';
import { publicPlaces } from './places';

const place = (name: string) => {
	const match = findPlace(name, publicPlaces);
	if (match.kind !== 'found') throw new Error(`${name}: ${match.kind}`);
	return match.place;
};

const service = (overrides: Partial<PublicService>): PublicService => ({
	id: crypto.randomUUID(),
	name: { fi: 'Palvelu', sv: 'Tjänst', en: '' },
	summary: { fi: 'Kuvaus', sv: '', en: 'Summary' },
	category: 'family-counselling',
	access: 'self-referral',
	cost: 'free',
	channels: [],
	languages: ['fi'],
	countyIds: [],
	municipalityIds: [],
	lastVerified: '2026-11-01',
	...overrides
});

describe('service finder', () => {
	it('finds a municipality by either language, ignoring case and accents', () => {
		expect(place('tampere').id).toBe('837');
		expect(place('Tammerfors').id).toBe('837');
		expect(place('  HAMEENLINNA ').id).toBe('109');
		expect(place('Tavastehus').id).toBe('109');
		expect(place('Mänttä').id).toBe('508');
	});

	it('offers choices for a beginning that fits several, and nothing for nonsense', () => {
		const match = findPlace('Kan', publicPlaces);
		expect(match.kind).toBe('choose');
		if (match.kind === 'choose') {
			expect(match.places.map((p) => p.id)).toEqual(expect.arrayContaining(['211', '217']));
		}
		expect(findPlace('Xyzzy', publicPlaces)).toEqual({ kind: 'none' });
		expect(findPlace('   ', publicPlaces)).toEqual({ kind: 'none' });
	});

	it('lists the services of the place and of its whole county, and the nationwide ones apart', () => {
		const tampere = place('Tampere');
		const local = service({
			municipalityIds: ['837'],
			countyIds: ['pirkanmaa'],
			category: 'peer-group'
		});
		const county = service({ countyIds: ['pirkanmaa'], category: 'child-welfare-supervisor' });
		const elsewhere = service({ municipalityIds: ['536'], countyIds: ['pirkanmaa'] });
		const otherCounty = service({ countyIds: ['lappi'] });
		const national = service({ category: 'helpline' });
		const found = servicesFor(tampere, [local, county, elsewhere, otherCounty, national]);
		// Separation services first: the child welfare supervisor before a peer group.
		expect(found.local.map((s) => s.id)).toEqual([county.id, local.id]);
		expect(found.national.map((s) => s.id)).toEqual([national.id]);
		expect(found.nextDoor).toEqual([]);
	});

	it('gives a municipality with nothing listed its county’s family centre as the next door', () => {
		const orivesi = place('Orivesi');
		const familyCentre = service({
			municipalityIds: ['837'],
			countyIds: ['pirkanmaa'],
			category: 'family-counselling'
		});
		const peerGroup = service({
			municipalityIds: ['837'],
			countyIds: ['pirkanmaa'],
			category: 'peer-group'
		});
		const otherCounty = service({ countyIds: ['lappi'], category: 'family-counselling' });
		const national = service({ category: 'helpline' });
		const found = servicesFor(orivesi, [familyCentre, peerGroup, otherCounty, national]);
		expect(found.local).toEqual([]);
		expect(found.nextDoor.map((s) => s.id)).toEqual([familyCentre.id]);
		expect(found.national.map((s) => s.id)).toEqual([national.id]);
		expect(nationalServices([familyCentre, national]).map((s) => s.id)).toEqual([national.id]);
	});

	it('names places and services in the reader’s language, falling back for the others', () => {
		expect(placeName(place('Tampere'), 'sv')).toBe('Tammerfors');
		expect(placeName(place('Tampere'), 'ar')).toBe('Tampere');
		const text = { fi: 'Suomeksi', sv: 'På svenska', en: '' };
		expect(serviceText(text, 'sv')).toEqual({ text: 'På svenska', lang: 'sv' });
		expect(serviceText(text, 'en')).toEqual({ text: 'Suomeksi', lang: 'fi' });
		expect(serviceText({ ...text, en: 'In English' }, 'so')).toEqual({
			text: 'In English',
			lang: 'en'
		});
	});
});
