import { describe, expect, it } from 'vitest';
import { toCsv } from '$lib/domain/csv';
import { parseExpertsCsv } from './experts-csv';

const today = '2026-04-01';
const header = [
	'name',
	'title',
	'organisation',
	'county',
	'roles',
	'expertise',
	'languages',
	'phone',
	'email',
	'availability',
	'last_verified'
];
const good = [
	'Aino Korhonen',
	'Psykologi',
	'Pirkanmaan hyvinvointialue',
	'Pirkanmaa',
	'Konsultoiva asiantuntija|ot-contact',
	'Lastenpsykiatria|law',
	'fi|sv',
	'040 000 1234',
	'aino.korhonen@example.fi',
	'ti 13–15',
	'2026-02-01'
];
const lines = (...rows: string[][]) => rows.map((row) => row.join(';')).join('\n');

describe('parseExpertsCsv', () => {
	it('reads a good file: codes or Finnish labels, lists split by | or ,', () => {
		const second = [...good];
		second[0] = 'Mikko Mäkinen';
		second[3] = 'kanta-hame';
		second[4] = 'mobile-pair';
		second[5] = '"Juridiikka, Poliisi"';
		second[8] = 'mikko@example.fi';
		second[10] = '';
		const parsed = parseExpertsCsv(lines(header, good, second), today);
		expect(parsed.errors).toEqual([]);
		expect(parsed.lines).toEqual([2, 3]);
		expect(parsed.entries[0]).toMatchObject({
			name: 'Aino Korhonen',
			countyId: 'pirkanmaa',
			roles: ['consulting-expert', 'ot-contact'],
			expertise: ['child-psychiatry', 'law'],
			languages: ['fi', 'sv'],
			phone: '040 000 1234',
			duty: [],
			lastVerified: '2026-02-01'
		});
		expect(parsed.entries[1]).toMatchObject({
			countyId: 'kanta-hame',
			expertise: ['law', 'police'],
			lastVerified: today
		});
		expect(parsed.madeIds).toEqual(parsed.entries.map((entry) => entry.id));
		expect(parsed.fields).not.toContain('duty');
	});

	it('reads what Finnish Excel saves: BOM, `;`, CRLF, Finnish headers and dates, guarded cells', () => {
		const file = toCsv(
			['Nimi', 'Nimike', 'Organisaatio', 'Hyvinvointialue', 'Puhelin', 'Päivystää', 'Tarkistettu'],
			[
				[
					'Aino Korhonen',
					'Psykologi',
					'Org',
					'Birkaland',
					'+358 40 000 1234',
					'ma-pe 8-16',
					'1.2.2026'
				]
			]
		);
		expect(file.startsWith('\uFEFF')).toBe(true);
		expect(file).toContain("'+358");
		const parsed = parseExpertsCsv(file, today);
		expect(parsed.errors).toEqual([]);
		expect(parsed.entries[0]).toMatchObject({
			countyId: 'pirkanmaa',
			phone: '+358 40 000 1234',
			duty: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '16:00' })),
			lastVerified: '2026-02-01'
		});
	});

	it('reads comma-separated files with quoted cells, also over several lines', () => {
		const file = [
			'name,title,organisation,county,expertise,availability',
			'Aino,Psykologi,Org,pirkanmaa,"law,police","ti 13–15',
			'to 9–11"',
			'Mikko,,Org,pirkanmaa,,'
		].join('\r\n');
		const parsed = parseExpertsCsv(file, today);
		expect(parsed.entries).toHaveLength(1);
		expect(parsed.entries[0]?.expertise).toEqual(['law', 'police']);
		expect(parsed.entries[0]?.availability).toBe('ti 13–15\r\nto 9–11');
		expect(parsed.errors).toEqual([{ line: 4, field: 'title', message: 'required' }]);
	});

	it('names the line and column of every kind of bad row, and gives no entry for them', () => {
		const row = (changes: Record<number, string>) =>
			good.map((cell, index) => changes[index] ?? cell);
		const file = lines(
			header,
			row({}),
			row({ 0: '', 8: 'a@example.fi' }),
			row({ 3: 'Uusimaa', 8: 'b@example.fi' }),
			row({ 4: 'pomo', 8: 'c@example.fi' }),
			row({ 5: 'astrologia|law', 8: 'd@example.fi' }),
			row({ 6: 'klingon', 8: 'e@example.fi' }),
			row({ 7: 'soita minulle', 8: 'f@example.fi' }),
			row({ 8: 'not-an-email' }),
			row({ 10: '31.2.' }),
			row({}),
			[],
			row({ 8: 'g@example.fi' })
		);
		const parsed = parseExpertsCsv(file, today);
		expect(parsed.errors.map((error) => [error.line, error.field])).toEqual([
			[3, 'name'],
			[4, 'county'],
			[5, 'roles'],
			[6, 'expertise'],
			[7, 'languages'],
			[8, 'phone'],
			[9, 'email'],
			[10, 'last_verified'],
			[11, 'email']
		]);
		expect(parsed.errors.find((error) => error.line === 11)?.message).toBe('the same as on line 2');
		expect(parsed.errors.find((error) => error.line === 6)?.message).toContain('astrologia');
		expect(parsed.entries.map((entry) => entry.email)).toEqual([
			'aino.korhonen@example.fi',
			'g@example.fi'
		]);
		expect(parsed.lines).toEqual([2, 13]);
	});

	it('refuses a file whose header is wrong: unknown, missing or repeated columns', () => {
		expect(
			parseExpertsCsv('name;title;organisation;county;shoe size\nA;B;C;pirkanmaa;42').errors
		).toEqual([{ line: 1, field: 'shoe size', message: 'not a column we know' }]);
		expect(parseExpertsCsv('name;title\nA;B').errors.map((error) => error.field)).toEqual([
			'organisation',
			'county'
		]);
		expect(
			parseExpertsCsv('name;nimi;title;organisation;county\nA;A;B;C;pirkanmaa').errors
		).toMatchObject([{ line: 1, field: 'name', message: 'the column appears twice' }]);
		expect(parseExpertsCsv('').errors).toMatchObject([{ line: 1, field: '' }]);
		expect(parseExpertsCsv('name;title;organisation;county\n').errors).toMatchObject([
			{ line: 1, message: 'the file has a header line but no experts' }
		]);
	});

	it('refuses a video link that is not a web address, naming the line and the column', () => {
		const parsed = parseExpertsCsv(
			[
				'nimi;nimike;organisaatio;hyvinvointialue;videolinkki',
				'A;B;C;pirkanmaa;https://video.example.fi/a',
				'D;E;F;pirkanmaa;javascript:alert(document.cookie)',
				'G;H;I;pirkanmaa;data:text/html,<script>alert(1)</script>'
			].join('\n'),
			today
		);
		expect(parsed.entries.map((entry) => entry.videoLink)).toEqual(['https://video.example.fi/a']);
		expect(parsed.errors).toMatchObject([
			{ line: 3, field: 'videolinkki', message: expect.stringContaining('https://') },
			{ line: 4, field: 'videolinkki', message: expect.stringContaining('https://') }
		]);
	});

	it('keeps a given id, and refuses the same id twice', () => {
		const id = '0196a0a0-0000-7000-8000-0000000000aa';
		const parsed = parseExpertsCsv(
			`id;name;title;organisation;county\n${id};A;B;C;pirkanmaa\n${id};D;E;F;lappi`,
			today
		);
		expect(parsed.entries.map((entry) => entry.id)).toEqual([id]);
		expect(parsed.madeIds).toEqual([]);
		expect(parsed.errors).toMatchObject([{ line: 3, field: 'id' }]);
	});
});
