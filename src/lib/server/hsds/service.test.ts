import { describe, expect, it } from 'vitest';
import { locales } from '$lib/domain/locale';
import type { Organisation } from '$lib/domain/schemas/organisation';
import type { Service } from '$lib/domain/schemas/service';
import type { Unit } from '$lib/domain/schemas/unit';
import { hsdsProblems, hsdsValidators } from '../../../../tests/support/hsds-schemas';
import { generateDirectory } from '../demo/directory';
import { joinAddress, splitAddress } from './addresses';
import { toHsdsOrganization } from './organization';
import { paginate } from './page';
import { toHsdsService } from './service';
import { allTaxonomies, allTerms, findTerm, termId } from './taxonomies';

const stamp = { version: 1, updatedAt: '2026-03-01T10:00:00.000Z' };
const demo = generateDirectory({ experts: 4, services: 24, groups: 0, units: 5 });
const services = demo.services.map((service) => ({ ...service, ...stamp }) as Service);
const organisations = demo.organisations.map((org) => ({ ...org, ...stamp }) as Organisation);
const units = demo.units.map((unit) => ({ ...unit, ...stamp }) as Unit);
const validators = hsdsValidators();

describe('HSDS mapping', () => {
	it('gives schema-valid services, organisations and taxonomies in every language', () => {
		const problems: string[] = [];
		for (const lang of locales) {
			for (const service of services) {
				const provider = organisations.find((org) => org.id === service.providerId);
				const hsds = toHsdsService(service, lang, provider, units);
				problems.push(...hsdsProblems(validators.service, hsds, `service ${service.id}`));
			}
			for (const org of organisations) {
				const hsds = toHsdsOrganization(org, units, lang);
				problems.push(...hsdsProblems(validators.organization, hsds, `organisation ${org.id}`));
			}
			for (const taxonomy of allTaxonomies(lang)) {
				problems.push(...hsdsProblems(validators.taxonomy, taxonomy, 'taxonomy'));
			}
			for (const term of allTerms(lang)) {
				problems.push(...hsdsProblems(validators.taxonomy_term, term, 'term'));
			}
		}
		expect(problems).toEqual([]);
		// The validators do refuse what is not HSDS.
		expect(hsdsProblems(validators.service, { id: 'x', name: 'n' }, 's')).toHaveLength(2);
	});

	it('picks the asked language and falls back to Finnish for an empty translation', () => {
		const service = { ...services[0]!, name: { fi: 'Palvelu', sv: 'Tjänst', en: '' } };
		expect(toHsdsService(service, 'sv').name).toBe('Tjänst');
		expect(toHsdsService(service, 'en').name).toBe('Palvelu');
		expect(toHsdsService(service, 'sv').application_process).toMatch(/remiss/i);
	});

	it('maps each of our fields where the README says', () => {
		const service: Service = {
			...services[0]!,
			cost: 'fee',
			costText: '20 € / kerta',
			openingHours: 'ma–pe 9–15',
			channels: [
				{ type: 'phone', value: '040 000 1111', hours: 'ma 9–12' },
				{ type: 'web', value: 'https://palvelu.example.fi' },
				{ type: 'address', value: 'Palvelutie 1, 33100 Tampere' },
				{ type: 'email', value: 'palvelu@example.fi' }
			],
			countyIds: ['pirkanmaa'],
			municipalityIds: ['837'],
			languages: ['fi', 'sv']
		};
		const hsds = toHsdsService(service, 'fi');
		expect(hsds.description).toBe(`${service.summary.fi}\n\n${service.description.fi}`);
		expect(hsds.url).toBe('https://palvelu.example.fi');
		expect(hsds.email).toBe('palvelu@example.fi');
		expect(hsds.fees_description).toBe('20 € / kerta');
		expect(hsds.cost_options).toMatchObject([{ option: '20 € / kerta', currency: 'EUR' }]);
		expect(hsds.cost_options[0]).not.toHaveProperty('amount');
		expect(hsds.phones).toMatchObject([{ number: '040 000 1111', description: 'ma 9–12' }]);
		expect(hsds.schedules).toMatchObject([{ description: 'ma–pe 9–15' }]);
		expect(hsds.service_areas.map((area) => area.name)).toEqual(['Pirkanmaa', 'Tampere']);
		expect(hsds.languages.map((language) => [language.code, language.name])).toEqual([
			['fi', 'suomi'],
			['sv', 'ruotsi']
		]);
		const [web, address, email] = hsds.service_at_locations;
		expect(web?.location).toMatchObject({
			location_type: 'virtual',
			url: service.channels[1]!.value
		});
		expect(address?.location.addresses).toMatchObject([
			{ address_1: 'Palvelutie 1', postal_code: '33100', city: 'Tampere', country: 'FI' }
		]);
		expect(email?.location.url).toBe('mailto:palvelu@example.fi');
		const terms = hsds.attributes.map((attribute) => findTerm(attribute));
		expect(terms).toContainEqual({ key: 'tier', code: service.tier });
		expect(terms).toContainEqual({ key: 'service_category', code: service.category });
		expect(terms).toContainEqual({ key: 'audience', code: service.audience });
		expect(hsds.attributes[0]?.taxonomy_term_id).toBe(termId('tier', service.tier));
	});

	it('gives the same ids on every export', () => {
		expect(toHsdsService(services[3]!, 'fi')).toEqual(toHsdsService(services[3]!, 'fi'));
		expect(toHsdsService(services[3]!, 'fi').phones[0]?.id).toBe(
			toHsdsService(services[3]!, 'en').phones[0]?.id
		);
	});

	it('splits and joins addresses without losing anything', () => {
		for (const text of ['Palvelutie 1, 33100 Tampere', 'Katu 2, Hämeenlinna', 'Kirkkotie 3']) {
			expect(joinAddress(splitAddress(text))).toBe(text);
		}
	});

	it('pages lists in the HSDS shape', () => {
		const items = Array.from({ length: 7 }, (_, index) => index);
		expect(paginate(items, { page: 2, per_page: 3 }, String)).toEqual({
			total_items: 7,
			total_pages: 3,
			page_number: 2,
			size: 3,
			first_page: false,
			last_page: false,
			empty: false,
			contents: ['3', '4', '5']
		});
		expect(paginate(items, { page: 4, per_page: 3 }, String)).toMatchObject({
			size: 0,
			last_page: true,
			empty: true
		});
	});
});
