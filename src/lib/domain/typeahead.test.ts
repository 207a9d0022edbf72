import { describe, expect, it } from 'vitest';
import { municipalityOptions } from './calls/municipality-options';
import { matchOptions, settledOption } from './typeahead';

const places = municipalityOptions('fi');
const labels = (text: string, limit?: number) =>
	matchOptions(places, text, limit).map((option) => option.label);

describe('matchOptions', () => {
	it('finds municipalities by the start of any word, letters folded', () => {
		expect(labels('tamp')).toEqual(['Tampere']);
		expect(labels('hameenl')).toEqual(['Hämeenlinna']);
		expect(labels('vilpp')).toEqual(['Mänttä-Vilppula']);
	});

	it('puts names that start with the text first, then other names, then later words', () => {
		const options = [
			{ value: 'inner', label: 'Lasten tukipalvelu Tampere' },
			{ value: 'key', label: 'Birkala barnrådgivning', keys: ['Tampereen seudun neuvola'] },
			{ value: 'start', label: 'Tampereen perheneuvola' }
		];
		expect(matchOptions(options, 'tamp').map((option) => option.value)).toEqual([
			'start',
			'key',
			'inner'
		]);
		expect(labels('ka', 4)).toEqual(['Kaarina', 'Kaavi', 'Kajaani', 'Kalajoki']);
	});

	it('answers to the other language’s name without showing it', () => {
		const [tampere] = matchOptions(places, 'tammerfors');
		expect(tampere).toMatchObject({ value: '837', label: 'Tampere', hint: 'Pirkanmaa' });
	});

	it('needs every typed word to match', () => {
		expect(labels('mänttä vilp')).toEqual(['Mänttä-Vilppula']);
		expect(labels('mänttä tampere')).toEqual([]);
	});

	it('lists the first options in order when nothing is typed', () => {
		expect(labels('', 3)).toEqual(['Akaa', 'Alajärvi', 'Alavieska']);
	});

	it('puts the own county’s municipalities first, then its OT area’s', () => {
		const pirkanmaa = municipalityOptions('fi', 'pirkanmaa');
		expect(matchOptions(pirkanmaa, 'ka', 3).map((option) => option.label)).toEqual([
			'Kangasala',
			'Karijoki',
			'Kauhajoki'
		]);
		expect(matchOptions(pirkanmaa, 'tam').map((option) => option.label)).toEqual([
			'Tampere',
			'Tammela'
		]);
	});

	it('ranks the preferred options first among equal matches', () => {
		const options = [
			{ value: 'a', label: 'Perheneuvola Oulu', rank: 1 },
			{ value: 'b', label: 'Perheneuvola Tampere', rank: 0 }
		];
		expect(matchOptions(options, 'perhe').map((option) => option.value)).toEqual(['b', 'a']);
	});
});

describe('settledOption', () => {
	it('settles on the only match or an exact name, never on a guess', () => {
		expect(settledOption(places, 'tamp')?.value).toBe('837');
		expect(settledOption(places, 'TAMPERE ')?.value).toBe('837');
		expect(settledOption(places, 'ta')).toBeUndefined();
		expect(settledOption(places, '')).toBeUndefined();
		expect(settledOption(places, 'Uleåborg')?.value).toBe('564');
	});
});
