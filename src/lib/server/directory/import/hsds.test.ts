import { describe, expect, it } from 'vitest';
import type { Organisation } from '$lib/domain/schemas/organisation';
import type { Service } from '$lib/domain/schemas/service';
import { generateDirectory } from '../../demo/directory';
import { paginate } from '../../hsds/page';
import { toHsdsService } from '../../hsds/service';
import { termId } from '../../hsds/taxonomies';
import { parseHsdsServices } from './hsds';

const stamp = { version: 1, updatedAt: '2026-03-01T10:00:00.000Z' };
const demo = generateDirectory({ experts: 0, services: 20, groups: 0, units: 0 });
const services = demo.services.map((service) => ({ ...service, ...stamp }) as Service);
const organisations = demo.organisations.map((org) => ({ ...org, ...stamp }) as Organisation);
const exported = (lang: 'fi' | 'sv' = 'fi') =>
	services.map((service) =>
		toHsdsService(
			service,
			lang,
			organisations.find((org) => org.id === service.providerId)
		)
	);

/** Our service as an import gives it back: Finnish texts only, channels phones first. */
function expectedBack(service: Service) {
	const rest: Partial<Service> = { ...service };
	delete rest.version;
	delete rest.updatedAt;
	const finnish = (text: { fi: string }) => ({ fi: text.fi, sv: '', en: '' });
	return {
		...rest,
		name: finnish(service.name),
		summary: finnish(service.summary),
		description: finnish(service.description),
		channels: [
			...service.channels.filter((channel) => channel.type === 'phone'),
			...service.channels.filter((channel) => channel.type !== 'phone')
		].map((channel) =>
			Object.fromEntries(Object.entries(channel).filter(([, value]) => value !== undefined))
		)
	};
}

/** A small service from some other HSDS system, with only our taxonomy terms to go on. */
const foreign = (overrides: Record<string, unknown> = {}) => ({
	id: '0196a0a0-0000-7000-8000-000000000001',
	organization_id: organisations[0]!.id,
	name: 'Perheneuvola',
	description: 'Apua perheille.',
	status: 'active',
	fees_description: 'Maksuton',
	phones: [{ id: 'x', number: '(03) 565-6000' }],
	service_areas: [{ id: 'x', name: 'Tampere' }],
	languages: [{ id: 'x', code: 'fi-FI' }],
	attributes: [
		{ id: 'x', taxonomy_term_id: termId('tier', 'basic') },
		{ id: 'x', taxonomy_term_id: termId('service_category', 'family-counselling') },
		{ id: 'x', taxonomy_term_id: termId('target_group', 'families') },
		{ id: 'x', taxonomy_term_id: termId('access', 'self-referral') }
	],
	...overrides
});

const json = (value: unknown) => JSON.stringify(value, null, 2);

describe('parseHsdsServices', () => {
	it('reads back what our API exports (a page, as /api/v1/hsds/services gives it)', () => {
		const page = paginate(exported(), { page: 1, per_page: 100 }, (item) => item);
		const parsed = parseHsdsServices(json(page), '2026-04-01');
		expect(parsed.errors).toEqual([]);
		expect(parsed.entries).toEqual(services.map(expectedBack));
	});

	it('reads a plain list, one service, and a file with a byte-order mark', () => {
		const list = exported();
		expect(parseHsdsServices(json(list)).entries).toHaveLength(list.length);
		expect(parseHsdsServices(json(list[0])).entries).toHaveLength(1);
		expect(parseHsdsServices(`\uFEFF${json(list)}`).errors).toEqual([]);
	});

	it('reads a foreign service: summary from its text, phone tidied, county from the municipality', () => {
		const parsed = parseHsdsServices(json([foreign()]), '2026-04-01');
		expect(parsed.errors).toEqual([]);
		expect(parsed.entries[0]).toMatchObject({
			summary: { fi: 'Apua perheille.' },
			description: { fi: 'Apua perheille.' },
			cost: 'free',
			channels: [{ type: 'phone', value: '03 565 6000' }],
			countyIds: ['pirkanmaa'],
			municipalityIds: ['837'],
			languages: ['fi'],
			audience: 'public',
			lastVerified: '2026-04-01'
		});
	});

	it('lists every bad service by its line and field, and gives no entry for them', () => {
		const file = json([
			foreign(),
			foreign({ id: '0196a0a0-0000-7000-8000-000000000002', attributes: [] }),
			foreign({ id: 'not-a-uuid', service_areas: [{ id: 'x', name: 'Atlantis' }] }),
			foreign({ id: '0196a0a0-0000-7000-8000-000000000004', fees_description: undefined }),
			foreign({ id: '0196a0a0-0000-7000-8000-000000000005', status: 'defunct' }),
			foreign({ id: '0196a0a0-0000-7000-8000-000000000006', organization_id: undefined }),
			foreign({ id: '0196a0a0-0000-7000-8000-000000000007', name: 42 }),
			foreign()
		]);
		const starts = file.split('\n').flatMap((text, index) => (text === '  {' ? [index + 1] : []));
		const parsed = parseHsdsServices(file);
		expect(parsed.entries).toHaveLength(1);
		const at = (item: number) =>
			parsed.errors.filter((error) => error.line === starts[item]).map((error) => error.field);
		expect(at(0)).toEqual([]);
		expect(at(1)).toEqual(['attributes', 'attributes', 'attributes', 'attributes']);
		expect(at(2)).toEqual(['id', 'service_areas.0.name']);
		expect(at(3)).toEqual(['cost_options']);
		expect(at(4)).toEqual(['status']);
		expect(at(5)).toEqual(['organization_id']);
		expect(at(6)).toEqual(['name']);
		expect(at(7)).toEqual(['id']);
		expect(parsed.errors.find((error) => error.line === starts[7])?.message).toContain(
			`line ${starts[0]}`
		);
	});

	it('refuses a link channel that is not a web address, naming the line and the field', () => {
		const web = (url: string, type?: string) => ({
			id: 'x',
			location: {
				id: 'x',
				location_type: 'virtual',
				url,
				...(type
					? { attributes: [{ id: 'x', taxonomy_term_id: termId('channel_type', type) }] }
					: {})
			}
		});
		const file = json([
			foreign({ service_at_locations: [web('https://asiointi.example.fi')] }),
			foreign({
				id: '0196a0a0-0000-7000-8000-000000000002',
				service_at_locations: [web('https://ok.example.fi'), web('javascript:alert(1)')]
			}),
			foreign({
				id: '0196a0a0-0000-7000-8000-000000000003',
				service_at_locations: [web('data:text/html,<script>alert(1)</script>', 'e-service')]
			}),
			foreign({ id: '0196a0a0-0000-7000-8000-000000000004', url: 'JavaScript:alert(1)' })
		]);
		const starts = file.split('\n').flatMap((text, index) => (text === '  {' ? [index + 1] : []));
		const parsed = parseHsdsServices(file);
		expect(parsed.entries).toHaveLength(1);
		expect(parsed.entries[0]!.channels).toContainEqual({
			type: 'web',
			value: 'https://asiointi.example.fi'
		});
		expect(parsed.errors).toMatchObject([
			{ line: starts[1], field: 'service_at_locations.1.location.url' },
			{ line: starts[2], field: 'service_at_locations.0.location.url' },
			{ line: starts[3], field: 'url' }
		]);
		expect(parsed.errors).toHaveLength(3);
		for (const error of parsed.errors) expect(error.message).toContain('https://');
	});

	it('refuses what is not HSDS JSON, naming the line', () => {
		expect(parseHsdsServices('[\n  {"id": 1,\n  oops\n]').errors).toMatchObject([
			{ line: 3, field: '', message: 'not valid JSON' }
		]);
		expect(parseHsdsServices('{"total_items": 0}').errors).toMatchObject([{ line: 1 }]);
	});
});
