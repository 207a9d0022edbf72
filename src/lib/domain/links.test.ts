import { describe, expect, it } from 'vitest';
import { CONTACT_SCHEMES, isWebAddress, safeHref } from './links';
import { Expert } from './schemas/expert';
import { ExpertGroup } from './schemas/expert-group';
import { Organisation } from './schemas/organisation';
import { ServiceChannel } from './schemas/service';

/** Addresses that would run script, or open something other than a web page, when tapped. */
const dangerous = [
	'javascript:alert(1)',
	'JavaScript:alert(document.cookie)',
	' javascript:alert(1)',
	'java\tscript:alert(1)',
	'java\nscript:alert(1)',
	'\u0001javascript:alert(1)',
	'data:text/html,<script>alert(1)</script>',
	'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
	'vbscript:msgbox(1)',
	'blob:https://lahelle.example.fi/0f0e',
	'file:///etc/passwd',
	'//evil.example/x',
	'/app/admin',
	'https://',
	'',
	'   '
];

describe('safeHref', () => {
	it('lets web addresses through as the browser would follow them', () => {
		expect(safeHref('https://palvelut.example.fi/1')).toBe('https://palvelut.example.fi/1');
		expect(safeHref('  http://example.fi/a b ')).toBe('http://example.fi/a%20b');
		expect(safeHref('HTTPS://Example.FI')).toBe('https://example.fi/');
	});

	it.each(dangerous)('refuses %j', (value) => {
		expect(safeHref(value)).toBeUndefined();
		expect(safeHref(value, CONTACT_SCHEMES)).toBeUndefined();
		expect(isWebAddress(value)).toBe(false);
	});

	it('allows a phone call or an e-mail only where they are asked for', () => {
		expect(safeHref('tel:+358401234567')).toBeUndefined();
		expect(safeHref('mailto:a@example.fi')).toBeUndefined();
		expect(safeHref('tel:+358401234567', CONTACT_SCHEMES)).toBe('tel:+358401234567');
		expect(safeHref('mailto:a@example.fi', CONTACT_SCHEMES)).toBe('mailto:a@example.fi');
	});

	it('takes nothing for no address', () => {
		expect(safeHref(undefined)).toBeUndefined();
		expect(safeHref(null)).toBeUndefined();
	});
});

const meta = {
	id: '0196a0a0-0000-7000-8000-000000000001',
	lastVerified: '2026-03-01',
	version: 1,
	updatedAt: '2026-03-01T10:00:00.000Z'
};
const expert = (videoLink: string) => ({
	...meta,
	name: 'Aino Korhonen',
	title: 'Psykologi',
	organisation: 'Pirkanmaan hyvinvointialue',
	countyId: 'pirkanmaa',
	roles: [],
	expertise: [],
	languages: ['fi'],
	videoLink,
	duty: []
});
const group = (remoteLink: string) => ({
	...meta,
	name: 'Eroryhmä',
	countyId: 'pirkanmaa',
	topics: [],
	memberIds: [],
	mobilePairIds: [],
	meeting: { weekday: 2, everyWeeks: 2, anchor: '2026-01-06', start: '13:00', end: '15:00' },
	remoteLink
});
const organisation = (website: string) => ({ ...meta, name: 'Järjestö', type: 'ngo', website });

describe('links in the directory schemas', () => {
	const cases = [
		['an expert’s video link', (link: string) => Expert.safeParse(expert(link)), 'videoLink'],
		['a group’s remote link', (link: string) => ExpertGroup.safeParse(group(link)), 'remoteLink'],
		[
			'an organisation’s website',
			(link: string) => Organisation.safeParse(organisation(link)),
			'website'
		]
	] as const;

	it.each(cases)('%s: only https:// or http://', (_, parse, field) => {
		expect(parse('https://video.example.fi/room/1').success).toBe(true);
		expect(parse('http://example.fi').success).toBe(true);
		for (const link of ['javascript:alert(1)', 'data:text/html,x', 'java\tscript:alert(1)']) {
			const parsed = parse(link);
			expect(parsed.success, link).toBe(false);
			expect(parsed.error?.issues[0]?.path).toEqual([field]);
		}
	});

	it('a web, chat or e-service channel must be a web address; phone and address channels are text', () => {
		for (const type of ['web', 'chat', 'e-service'] as const) {
			expect(ServiceChannel.safeParse({ type, value: 'https://asiointi.example.fi' }).success).toBe(
				true
			);
			const parsed = ServiceChannel.safeParse({ type, value: 'javascript:alert(1)' });
			expect(parsed.success, type).toBe(false);
			expect(parsed.error?.issues[0]?.path).toEqual(['value']);
		}
		expect(ServiceChannel.safeParse({ type: 'phone', value: '040 000 1234' }).success).toBe(true);
		expect(ServiceChannel.safeParse({ type: 'address', value: 'Hämeenkatu 1' }).success).toBe(true);
		expect(ServiceChannel.safeParse({ type: 'email', value: 'info@example.fi' }).success).toBe(
			true
		);
	});
});
