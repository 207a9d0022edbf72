import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePtvFile } from './file';
import { mapPtvFile, type KnownEntries } from './map';
import { entryId } from './service';
import { hoursText } from './texts';

const fixture = path.resolve(import.meta.dirname, '../../../../../../tests/fixtures/ptv');
const text = readFileSync(path.join(fixture, 'services.json'), 'utf8');
const today = '2026-03-01';
const nothingStored: KnownEntries = {
	services: new Map(),
	organisationIds: new Set(),
	organisationsByName: new Map()
};
const [S1, , S3] = ['b701', 'b702', 'b703'].map((end) => `5e0a1b2c-3d4e-4f50-9162-738495a6${end}`);
const [O1, O2] = ['01', '02'].map((end) => `7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e${end}`);

/** The fixture, changed by `edit`, as text the way a fetch saves it. */
function edited(edit: (file: Json) => void) {
	const file = JSON.parse(text);
	edit(file);
	return JSON.stringify(file, null, '\t');
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any JSON the test edits
type Json = any;

const map = (source: string, known = nothingStored) => {
	const parsed = parsePtvFile(source);
	expect(parsed.file).toBeDefined();
	return { parsed, mapped: mapPtvFile(parsed.file!, known, today) };
};

describe('mapPtvFile', () => {
	it('maps every channel type, three languages, areas and organisations', () => {
		const { parsed, mapped } = map(text);
		expect(parsed.errors).toEqual([]);
		expect(mapped.issues).toEqual([]);
		const [first, second, third] = mapped.services;
		expect(first).toMatchObject({
			id: S1,
			name: {
				fi: 'Lastenvalvojan palvelut',
				sv: 'Barnatillsyningsmannens tjänster',
				en: 'Child welfare supervisor services'
			},
			summary: { sv: expect.stringMatching(/^Barnatillsyningsmannen fastställer/) },
			cost: 'free',
			// Two municipalities of Kainuu: a local service, its county served too.
			countyIds: ['kainuu'],
			municipalityIds: ['205', '765'],
			languages: ['fi', 'sv', 'en'],
			providerId: O1,
			lastVerified: '2026-01-15'
		});
		// The description and the instructions, in Finnish; Swedish and English have no instructions.
		expect(first!.description.fi).toMatch(/tuomioistuimen päätös\.\n\nVaraa aika/);
		expect(first!.description.en).toMatch(/^When parents separate/);
		// Phone (with its hours), its e-mail, the service location (address, hours, phone; not
		// the fax nor the postal address), the Finnish web page; in the service's order.
		expect(first!.channels).toEqual([
			{ type: 'phone', value: '+358 401234567', hours: 'ma–pe 9.00–15.00 (ei arkipyhinä)' },
			{ type: 'email', value: 'lastenvalvojat@korpimaa.example.fi' },
			{ type: 'address', value: 'Kauppakatu 12 B, 87100 KAJAANI', hours: 'ma–to 8.00–16.00' },
			{ type: 'phone', value: '+358 87123456' },
			{ type: 'web', value: 'https://korpimaa.example.fi/lastenvalvojat' }
		]);
		// Every municipality of Kainuu: a county service. The e-service; the printable form has
		// no channel of ours.
		expect(second).toMatchObject({ countyIds: ['kainuu'], municipalityIds: [] });
		expect(second!.channels.map((channel) => channel.type)).toEqual([
			'phone',
			'email',
			'e-service'
		]);
		// Nationwide: no area. "Other" charge is a fee, with PTV's words for it.
		expect(third).toMatchObject({
			id: S3,
			countyIds: [],
			municipalityIds: [],
			cost: 'fee',
			costText: 'Puhelu maksaa paikallisverkkomaksun.',
			providerId: O2,
			channels: [
				{ type: 'web', value: 'https://eroapu.example.fi/chat' },
				{ type: 'email', value: 'chat@eroapu.example.fi' },
				{ type: 'phone', value: '0800 123 456', hours: '24 h' }
			]
		});
		expect(mapped.organisations).toEqual([
			{ id: O1, name: 'Korpimaan hyvinvointialue', type: 'public', lastVerified: today },
			{ id: O2, name: 'Eroperheiden tuki ry', type: 'ngo', lastVerified: today }
		]);
	});

	it('gives a new service our defaults and says so; a stored one is not flagged', () => {
		const fresh = map(text).mapped;
		expect(fresh.services[0]).toMatchObject({
			tier: 'basic',
			category: 'family-counselling',
			targetGroups: ['families'],
			access: 'self-referral',
			audience: 'public'
		});
		expect(fresh.notes.map((note) => note.field)).toEqual([
			'services.0',
			'services.1',
			'services.2'
		]);
		const known = {
			...nothingStored,
			services: new Map([[S1!, { cost: 'fee' as const, lastVerified: '2025-01-01' }]])
		};
		const silent = edited((file) => {
			delete file.services[0].serviceChargeType;
			delete file.services[0].modified;
		});
		const { mapped } = map(silent, known);
		expect(mapped.notes.map((note) => note.field)).toEqual(['services.1', 'services.2']);
		// PTV says nothing of the charge or the date: the stored ones stay.
		expect(mapped.services[0]).toMatchObject({ cost: 'fee', lastVerified: '2025-01-01' });
		// A new service PTV says nothing of is marked free, and the admin is told.
		const unsaid = map(silent).mapped.notes.find((note) =>
			note.field.endsWith('serviceChargeType')
		);
		expect(unsaid?.field).toBe('services.0.serviceChargeType');
	});

	it('uses an organisation already stored under the same name instead of a new one', () => {
		const known = {
			...nothingStored,
			organisationIds: new Set(['0196a0a0-0000-7000-8000-0000000000aa']),
			organisationsByName: new Map([
				['korpimaan hyvinvointialue', '0196a0a0-0000-7000-8000-0000000000aa']
			])
		};
		const { mapped } = map(text, known);
		expect(mapped.services[0]!.providerId).toBe('0196a0a0-0000-7000-8000-0000000000aa');
		expect(mapped.organisations.map((org) => org.id)).toEqual([O2]);
	});

	it('names the path and line of every problem, and maps the good services', () => {
		const source = edited((file) => {
			delete file.services[0].serviceNames[1].language;
			file.services[1].id = 'not-a-guid';
			file.services[2].areaType = 'LimitedType';
			file.services[2].areas = [{ type: 'Municipality', code: '999' }];
			file.services[2].publishingStatus = 'Draft';
			file.channels[1].webPages[0].url = 'javascript:alert(1)';
			file.channels[0].phoneNumbers[0].number = 'soita meille';
			file.channels[0].supportEmails[0].value = 'ei-osoite';
			file.channels[6].serviceChannelType = 'Fax';
		});
		const { parsed, mapped } = map(source);
		// Every service, channel and organisation starts on a line of its own: "\t\t{".
		const items = source
			.split('\n')
			.flatMap((line, index) => (line === '\t\t{' ? [index + 1] : []));
		const lists = { services: items.slice(0, 3), channels: items.slice(3, 10) };
		const starts = (list: keyof typeof lists) => lists[list];
		const problems = [...parsed.errors, ...mapped.issues].map((issue) => [issue.line, issue.field]);
		expect(problems.sort()).toEqual(
			[
				[starts('services')[0], 'services.0.serviceNames.1.language'],
				[starts('services')[1], 'services.1.id'],
				[starts('services')[2], 'services.2.areas.0.code'],
				[starts('services')[2], 'services.2.publishingStatus'],
				[starts('channels')[0], 'channels.0.phoneNumbers.0.number'],
				[starts('channels')[0], 'channels.0.supportEmails.0.value'],
				[starts('channels')[1], 'channels.1.webPages.0.url'],
				[starts('channels')[6], 'channels.6.serviceChannelType']
			].sort()
		);
		// Nothing of the three services is good enough to import.
		expect(mapped.services).toEqual([]);
	});

	it('leaves out a channel the file does not have, and tells', () => {
		const { mapped } = map(edited((file) => file.channels.splice(1, 1)));
		expect(mapped.issues).toEqual([]);
		expect(mapped.services[0]!.channels.map((channel) => channel.type)).not.toContain('web');
		expect(mapped.notes.map((note) => note.field)).toContain(
			'services.0.serviceChannels.2.serviceChannel.id'
		);
	});

	it('refuses what is not a PTV file, naming the line', () => {
		expect(parsePtvFile('{\n  "services": [\n  {"id": 1,\n  oops\n]}').errors).toMatchObject([
			{ line: 4, field: '', message: 'not valid JSON' }
		]);
		expect(parsePtvFile('[]').errors).toMatchObject([{ line: 1, message: /"services"/ }]);
		expect(parsePtvFile('{"services": {}}').errors).toMatchObject([{ field: 'services' }]);
	});
});

describe('entryId and hoursText', () => {
	it('keeps an RFC 4122 PTV id and derives a stable UUID for any other GUID', () => {
		expect(entryId(S1!.toUpperCase())).toBe(S1);
		const odd = '12345678-1234-1234-1234-123456789abc';
		expect(entryId(odd)).not.toBe(odd);
		expect(entryId(odd)).toBe(entryId(odd.toUpperCase()));
		expect(entryId(odd)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5/);
	});

	it('writes regular hours in Finnish and leaves out closed, exceptional and past ones', () => {
		const hour = (fields: Json) => ({ serviceHourType: 'DaysOfTheWeek', ...fields });
		expect(
			hoursText(
				[
					hour({
						openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from: '08:00', to: '16:30:00' }]
					}),
					hour({ openingHour: [{ dayFrom: 'Saturday', from: '10:00', to: '14:00' }] }),
					hour({ isClosed: true, openingHour: [{ dayFrom: 'Sunday', from: '1:00', to: '2:00' }] }),
					hour({ validTo: '2026-02-28T00:00:00', isAlwaysOpen: true }),
					{ serviceHourType: 'Exceptional', isAlwaysOpen: true }
				],
				today
			)
		).toBe('ma–pe 8.00–16.30; la 10.00–14.00');
		expect(hoursText(undefined, today)).toBe('');
	});
});
