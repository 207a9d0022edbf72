import { describe, expect, it } from 'vitest';
import {
	aGroup,
	anExpert,
	anOrganisation,
	aService,
	aUnit
} from '../../../../tests/support/directory-factories';
import { toSearchDocuments, type DirectoryRows } from './documents';
import { DirectoryIndex } from './search-index';

const org = anOrganisation({ name: 'Kanta-Hämeen hyvinvointialue' });
const ngo = anOrganisation({ name: 'Erotuki ry', type: 'ngo' });

const people = {
	korhonen: anExpert({ name: 'Aino Korhonen' }),
	maki: anExpert({
		name: 'Pekka Mäki',
		title: 'Lakimies',
		organisation: 'Hyvinvointialueen lakipalvelut',
		expertise: ['law', 'district-court'],
		roles: ['group-member'],
		countyId: 'kanta-hame',
		languages: ['fi', 'sv']
	}),
	makiPlain: anExpert({
		name: 'Pekka Maki',
		title: 'Rikoskomisario',
		organisation: 'Poliisilaitos',
		expertise: ['police', 'violence'],
		countyId: 'etela-pohjanmaa'
	}),
	laura: anExpert({
		name: 'Laura Salminen',
		title: 'Sosiaalityöntekijä',
		organisation: 'Jalkautuva työpari',
		expertise: ['child-protection'],
		roles: ['mobile-pair'],
		languages: ['fi', 'en']
	})
};
const group = aGroup({ name: 'Nepsy-osaamistiimi – Pirkanmaa', topics: ['neuropsychiatry'] });
const unit = aUnit(org.id, {
	name: 'EVA-yksikkö',
	countyId: 'kanta-hame',
	address: 'Keskuskatu 1, Äänekoski'
});
const mediation = aService(org.id, {
	countyIds: ['kanta-hame'],
	municipalityIds: ['109'],
	languages: ['fi', 'sv']
});
const helpline = aService(ngo.id, {
	name: { fi: 'Eroauttava puhelin', sv: 'Stödtelefon vid separation', en: 'Separation helpline' },
	summary: {
		fi: 'Nimetön keskusteluapu puhelimessa.',
		sv: 'Anonymt samtalsstöd per telefon.',
		en: 'Anonymous support by phone.'
	},
	tier: 'special',
	category: 'helpline',
	municipalityIds: ['837', '536']
});

const rows: DirectoryRows = {
	experts: Object.values(people),
	groups: [group],
	units: [unit],
	services: [mediation, helpline],
	organisations: [org, ngo]
};
const index = DirectoryIndex.build(toSearchDocuments(rows));
const ids = (text: string, filters = {}) => index.search(text, filters).map((hit) => hit.id);

describe('directory search: folding', () => {
	it('finds Äänekoski and Hämeenlinna typed without the dots', () => {
		expect(ids('aanekoski')).toEqual([unit.id]);
		expect(ids('hameenlinna')).toEqual([mediation.id]);
		expect(ids('HAMEENLINNA')).toEqual([mediation.id]);
		expect(ids('Hämeenlinna')).toEqual([mediation.id]);
	});

	it('folds both ways: a name written without dots is found with them', () => {
		expect(ids('mäki')).toContain(people.makiPlain.id);
		expect(ids('maki')).toContain(people.maki.id);
	});

	it('ranks the entry written exactly as typed first', () => {
		expect(ids('mäki')).toEqual([people.maki.id, people.makiPlain.id]);
		expect(ids('maki')).toEqual([people.makiPlain.id, people.maki.id]);
		expect(ids('pekka mäki')[0]).toBe(people.maki.id);
		expect(ids('pekka maki')[0]).toBe(people.makiPlain.id);
	});
});

describe('directory search: prefixes and typos', () => {
	it('answers word beginnings as they are typed', () => {
		expect(ids('korh')).toEqual([people.korhonen.id]);
		expect(ids('lastenpsyk')).toEqual([people.korhonen.id]);
		expect(ids('poliisi')).toEqual([people.makiPlain.id]);
	});

	it('forgives a typo in a longer word', () => {
		expect(ids('korhnen')).toEqual([people.korhonen.id]);
		expect(ids('lastenpyskiatri')).toEqual([people.korhonen.id]);
		expect(ids('hamenlinna')).toEqual([mediation.id]);
		expect(ids('sosiaalityontekia')).toEqual([people.laura.id]);
	});

	it('needs every word to match', () => {
		expect(ids('aino lastenpsykiatri')).toEqual([people.korhonen.id]);
		expect(ids('aino poliisi')).toEqual([]);
	});

	it('matches one or two letters against the beginnings of names only', () => {
		expect(ids('la')).toEqual([people.laura.id]);
		expect(ids('lakimies')).toEqual([people.maki.id]);
	});

	it('finds nothing for nonsense', () => {
		expect(ids('xqzv')).toEqual([]);
	});
});

describe('directory search: fields', () => {
	it('finds expertise by its label in Finnish, Swedish and English', () => {
		for (const label of ['juridiikka', 'juridik', 'law']) {
			expect(ids(label), label).toContain(people.maki.id);
		}
		expect(ids('neuropsykiatri')).toEqual([group.id]);
	});

	it('finds services by name and summary in every language, and by place', () => {
		expect(ids('familjemedling')).toEqual([mediation.id]);
		expect(ids('anonymt')).toEqual([helpline.id]);
		expect(ids('separation helpline')).toEqual([helpline.id]);
		expect(ids('tammerfors')).toContain(helpline.id);
		expect(ids('nokia')).toEqual([helpline.id]);
	});

	it('finds units and services by their organisation', () => {
		expect(ids('erotuki')).toEqual([helpline.id]);
		expect(ids('kanta-hämeen hyvinvointialue')).toEqual(
			expect.arrayContaining([unit.id, mediation.id])
		);
	});

	it('tells the kind of each hit', () => {
		const kinds = index.search('pirkanmaa').map((hit) => hit.kind);
		expect(new Set(kinds)).toEqual(new Set(['expert', 'group', 'service']));
	});
});

describe('directory search: filters', () => {
	it('narrows by county, expertise, language and role', () => {
		expect(ids('pekka', { county: 'kanta-hame' })).toEqual([people.maki.id]);
		expect(ids('', { expertise: 'neuropsychiatry' })).toEqual([group.id]);
		expect(ids('', { language: 'en' })).toEqual([people.laura.id]);
		expect(ids('', { role: 'mobile-pair' })).toEqual([people.laura.id]);
	});

	it('narrows by service tier and category, which leaves people out', () => {
		expect(ids('', { tier: 'special' })).toEqual([helpline.id]);
		expect(ids('', { category: 'family-mediation' })).toEqual([mediation.id]);
		expect(ids('', { language: 'sv' })).toEqual([people.maki.id, mediation.id]);
	});

	it('narrows by kind, and combines filters with typed words', () => {
		expect(ids('pirkanmaa', { kind: 'service' })).toEqual([helpline.id]);
		expect(ids('', { kind: 'service', county: 'kanta-hame' })).toEqual([mediation.id]);
		expect(ids('poliisi', { county: 'pirkanmaa' })).toEqual([]);
	});

	it('treats an empty filter value as no filter', () => {
		expect(ids('pekka', { county: '' })).toHaveLength(2);
	});

	it('lists the whole directory in kind and name order when nothing is typed', () => {
		const all = ids('');
		// Pekka Mäki and Pekka Maki fold to the same key: either may come first.
		expect(new Set(all.slice(2, 4))).toEqual(new Set([people.maki.id, people.makiPlain.id]));
		expect([...all.slice(0, 2), ...all.slice(4)]).toEqual([
			people.korhonen.id,
			people.laura.id,
			group.id,
			unit.id,
			helpline.id,
			mediation.id
		]);
		expect(index.languages()).toEqual(['en', 'fi', 'sv']);
	});
});

describe('directory search: saved index', () => {
	it('answers the same after a round trip through JSON', () => {
		const loaded = DirectoryIndex.fromJSON(index.toJSON());
		expect(loaded.size).toBe(index.size);
		for (const text of ['aanekoski', 'mäki', 'maki', 'korhnen', 'la', '']) {
			expect(loaded.search(text), text).toEqual(index.search(text));
		}
		expect(loaded.search('', { tier: 'special' })).toEqual(index.search('', { tier: 'special' }));
	});
});
