import { describe, expect, it } from 'vitest';
import { findMunicipality, municipalities } from './areas';
import { matchPlace } from './gazetteer';
import { finnishStems } from './place-match';
import { municipalityOfPostalCode, postalCodesOf } from './postal-codes';

const found = (query: string) => {
	const answer = matchPlace(query);
	return answer.kind === 'found' ? findMunicipality(answer.id)?.name.fi : answer.kind;
};
const suggested = (query: string) => {
	const answer = matchPlace(query);
	return answer.kind === 'suggest'
		? answer.ids.map((id) => findMunicipality(id)?.name.fi)
		: answer.kind;
};

describe('place matching', () => {
	it('answers the places the issue found answered wrongly or not at all', () => {
		expect(found('Lahti')).toBe('Lahti');
		expect(found('Luoto')).toBe('Luoto');
		expect(found('Tervo')).toBe('Tervo');
		expect(found('Åbo')).toBe('Turku');
		expect(found('Helsinki')).toBe('Helsinki');
		expect(found('Luhanka')).toBe('Luhanka');
		expect(found('Hailuoto')).toBe('Hailuoto');
		expect(found('Vesilahti')).toBe('Vesilahti');
		expect(found('Uleåborg')).toBe('Oulu');
		expect(found('Tervola')).toBe('Tervola');
	});

	it('finds a name in Swedish, Sámi, any case and without accents', () => {
		expect(found('HELSINGFORS')).toBe('Helsinki');
		expect(found('  hameenlinna ')).toBe('Hämeenlinna');
		expect(found('Anár')).toBe('Inari');
		expect(found('Ohcejohka')).toBe('Utsjoki');
		expect(found('Mariehamn')).toBe('Maarianhamina');
		expect(found('Koski Tl')).toBe('Koski Tl');
	});

	it('finds a Finnish name in its case forms and a Swedish one after a preposition', () => {
		expect(found('Helsingissä')).toBe('Helsinki');
		expect(found('Lahdessa')).toBe('Lahti');
		expect(found('Lahden kaupunki')).toBe('Lahti');
		expect(found('i Åbo')).toBe('Turku');
		expect(found('Turussa')).toBe('Turku');
		expect(found('Tampereella')).toBe('Tampere');
		expect(found('Ouluun')).toBe('Oulu');
		expect(found('Luodossa')).toBe('Luoto');
		expect(found('Hailuodossa')).toBe('Hailuoto');
		expect(found('Luhangassa')).toBe('Luhanka');
		expect(found('Tervossa')).toBe('Tervo');
		expect(found('Iissä')).toBe('Ii');
		expect(found('Seinäjoella')).toBe('Seinäjoki');
		expect(found('Orivedellä')).toBe('Orivesi');
		expect(found('Kuhmoisissa')).toBe('Kuhmoinen');
		expect(found('Varkaudessa')).toBe('Varkaus');
		expect(found('Lappeenrannassa')).toBe('Lappeenranta');
		expect(matchPlace('Lahdessa')).toMatchObject({ via: 'case-form' });
	});

	it('offers a partial match as "did you mean", never as the place', () => {
		expect(matchPlace('Lah')).toMatchObject({ kind: 'suggest' });
		expect(suggested('Lah')).toContain('Lahti');
		expect(suggested('Mänttä')).toEqual(['Mänttä-Vilppula']);
		expect(suggested('Uleå')).toEqual(['Oulu']);
		expect(suggested('Hailuo')).toEqual(['Hailuoto']);
		expect((suggested('kan') as string[]).length).toBeLessThanOrEqual(8);
		expect(found('Xyzzy')).toBe('none');
		expect(found('   ')).toBe('none');
		expect(found('L')).toBe('none');
	});

	it('finds a municipality by a postal code, also one of a merged municipality', () => {
		expect(matchPlace('00100')).toEqual({ kind: 'found', id: '091', via: 'postal-code' });
		expect(found('33100')).toBe('Tampere');
		expect(found('90100')).toBe('Oulu');
		expect(found('19430')).toBe('Mäntyharju'); // Pertunmaa until 2025
		expect(found('00000')).toBe('none');
		expect(found('837')).toBe('Tampere');
	});

	it('finds every municipality by its names and its first postal code', () => {
		for (const place of municipalities) {
			for (const name of [place.name.fi, place.name.sv, ...place.sami]) {
				expect(matchPlace(name), name).toEqual({ kind: 'found', id: place.id, via: 'name' });
			}
			const postal = postalCodesOf(place.id)[0]!;
			expect(municipalityOfPostalCode(postal), place.name.fi).toBe(place.id);
			expect(matchPlace(postal)).toMatchObject({ kind: 'found', id: place.id });
		}
	});

	it('finds every municipality in the inessive of its Finnish stem, or asks which', () => {
		const clashes: string[] = [];
		for (const place of municipalities) {
			const answer = matchPlace(`${finnishStems(place.name.fi)[0]}ssa`);
			if (answer.kind === 'found') expect(answer.id, place.name.fi).toBe(place.id);
			else {
				expect(answer.kind, place.name.fi).toBe('suggest');
				clashes.push(place.name.fi);
			}
		}
		expect(clashes).toEqual([]);
	});
});
