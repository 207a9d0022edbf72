import { describe, expect, it } from 'vitest';
import {
	findPlace,
	nationalServices,
	placeName,
	serviceText,
	servicesFor,
	type PublicService
} from './finder';
import { finderAnswer, toHelpLines } from './finder-answer';
import { chromeText } from './messages';
import { publicAreas, publicCounties, publicPlaces } from './places';

const place = (name: string) => {
	const match = findPlace(name, publicPlaces);
	if (match.kind !== 'found') throw new Error(`${name}: ${match.kind}`);
	return match.place;
};

const directory = (services: PublicService[]) => ({
	places: publicPlaces,
	counties: publicCounties,
	areas: publicAreas,
	services
});

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
		expect(place('Mänttä-Vilppula').id).toBe('508');
		// Part of a name is only offered, even when it fits one place alone.
		expect(findPlace('Mänttä', publicPlaces)).toMatchObject({
			kind: 'choose',
			places: [{ id: '508' }]
		});
	});

	it('finds a place by case form, Sámi name or postal code, and only offers a partial name', () => {
		expect(findPlace('Helsingissä', publicPlaces)).toMatchObject({
			kind: 'found',
			place: { id: '091' },
			via: 'case-form'
		});
		expect(place('Anár').id).toBe('148');
		expect(findPlace('33100', publicPlaces)).toMatchObject({
			kind: 'found',
			place: { id: '837' },
			via: 'postal-code'
		});
		// "Lahti" is Lahti, never Vesilahti; "Luoto" is Luoto, never Hailuoto.
		expect(place('Lahti').id).toBe('398');
		expect(place('Luoto').id).toBe('440');
		const match = findPlace('Kan', publicPlaces);
		expect(match.kind).toBe('choose');
		if (match.kind === 'choose') {
			expect(match.places.map((p) => p.id)).toEqual(expect.arrayContaining(['211', '217']));
		}
		expect(findPlace('Xyzzy', publicPlaces)).toEqual({ kind: 'none' });
		expect(findPlace('   ', publicPlaces)).toEqual({ kind: 'none' });
		expect(findPlace('00000', publicPlaces)).toEqual({ kind: 'none' });
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
		const found = servicesFor(
			tampere,
			directory([local, county, elsewhere, otherCounty, national])
		);
		expect(found.fallback).toBe('municipality');
		expect(found.groups.map(({ level, services }) => [level, services.map((s) => s.id)])).toEqual([
			['municipality', [local.id]],
			['county', [county.id]]
		]);
		expect(found.national.map((s) => s.id)).toEqual([national.id]);
	});

	it('falls back to the county, then the OT area, then the nationwide services, and says so', () => {
		const orivesi = place('Orivesi');
		const inTampere = service({ municipalityIds: ['837'], countyIds: ['pirkanmaa'] });
		const inKantaHame = service({ countyIds: ['kanta-hame'] });
		const inLapland = service({ countyIds: ['lappi'] });
		const national = service({ category: 'helpline' });
		const all = [inTampere, inKantaHame, inLapland, national];
		const levels = (services: PublicService[]) => {
			const found = servicesFor(orivesi, directory(services));
			return [found.fallback, found.groups.flatMap((group) => group.services.map((s) => s.id))];
		};
		expect(levels(all)).toEqual(['county', [inTampere.id]]);
		// Kanta-Häme is in Pirkanmaa's OT area (Sisä-Suomi); Lapland is not.
		expect(levels(all.slice(1))).toEqual(['area', [inKantaHame.id]]);
		expect(levels(all.slice(2))).toEqual(['national', []]);
		expect(nationalServices(all).map((s) => s.id)).toEqual([national.id]);
		// Åland is in no OT area: from its own county straight to the nationwide services.
		const alandService = service({ countyIds: ['ahvenanmaa'] });
		expect(servicesFor(place('Maarianhamina'), directory([alandService])).fallback).toBe('county');
		expect(servicesFor(place('Maarianhamina'), directory(all)).fallback).toBe('national');
	});

	it('answers in the reader’s language, naming the postal code and the fallback', () => {
		const services = [service({ countyIds: ['pirkanmaa'], municipalityIds: ['837'] })];
		const answer = finderAnswer('33100', directory(services), 'sv', chromeText('sv'));
		expect(answer).toMatchObject({ kind: 'found', placeId: '837', fallback: 'municipality' });
		if (answer.kind !== 'found') throw new Error(answer.kind);
		expect(answer.heading).toBe('Tjänster: Tammerfors');
		expect(answer.notes[0]).toBe('Postnummer 33100 finns i Tammerfors.');
		const orivesi = finderAnswer('Orivedellä', directory(services), 'en', chromeText('en'));
		expect(orivesi).toMatchObject({ kind: 'found', placeId: '562', fallback: 'county' });
		if (orivesi.kind !== 'found') throw new Error(orivesi.kind);
		expect(orivesi.notes).toEqual([
			'No services of its own are listed for Orivesi yet. Below are the services of its wellbeing services county: Pirkanmaa.'
		]);
		expect(orivesi.groups.map((group) => group.heading)).toEqual([
			'Wellbeing services county: Pirkanmaa'
		]);
		// In Arabic the Latin names are isolated, so the right-to-left line keeps their order.
		const arabic = finderAnswer('Luhanka', directory(services), 'ar', chromeText('ar'));
		if (arabic.kind !== 'found') throw new Error(arabic.kind);
		expect(arabic.heading).toBe('الخدمات: \u2068Luhanka\u2069');
		const choose = finderAnswer('Kan', directory(services), 'fi', chromeText('fi'));
		expect(choose).toMatchObject({ kind: 'choose', notes: ['Tarkoititko jotakin näistä?'] });
		const none = finderAnswer('Atlantis', directory(services), 'en', chromeText('en'));
		expect(none.kind).toBe('none');
		expect(toHelpLines(none)).toBe(true);
		expect(finderAnswer('  ', directory(services), 'fi', chromeText('fi'))).toEqual({
			kind: 'empty'
		});
	});

	it('finds every municipality by its names and a postal code, with a door behind each', () => {
		// The logic the page's script runs with JavaScript on (the server's, over HTTP, is walked
		// in tests/integration/finder-walk.test.ts).
		const national = service({ category: 'helpline' });
		const all = directory([national]);
		for (const { id, names, postalCodes } of publicPlaces) {
			for (const query of [...new Set(names.slice(0, 2))]) {
				const answer = finderAnswer(query, all, 'fi', chromeText('fi'));
				expect(answer, query).toMatchObject({ kind: 'found', placeId: id, fallback: 'national' });
			}
			const code = postalCodes.split(' ')[0]!;
			expect(code, id).toMatch(/^\d{5}$/);
			expect(finderAnswer(code, all, 'fi', chromeText('fi')), code).toMatchObject({
				kind: 'found',
				placeId: id,
				groups: [{ level: 'national', services: [national] }]
			});
		}
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
