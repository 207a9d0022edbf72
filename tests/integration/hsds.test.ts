import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '$lib/domain/locale';
import { anonymous, demo, signIn, type AnyJson, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';
import { hsdsProblems, hsdsValidators, type HsdsObject } from '../support/hsds-schemas';

const validators = hsdsValidators();
const lists: [string, HsdsObject][] = [
	['services', 'service'],
	['organizations', 'organization'],
	['service_at_locations', 'service_at_location'],
	['taxonomies', 'taxonomy'],
	['taxonomy_terms', 'taxonomy_term']
];

/** Every page of an HSDS list, checking the paged shape of each. */
async function allPages(client: ApiClient, path: string, perPage: number) {
	const items: AnyJson[] = [];
	for (let page = 1; ; page++) {
		const answer = await client.get(
			`${path}${path.includes('?') ? '&' : '?'}page=${page}&per_page=${perPage}`
		);
		expect(answer.status, answer.text).toBe(200);
		const body = answer.body;
		expect(body).toMatchObject({
			page_number: page,
			size: body.contents.length,
			first_page: page === 1,
			total_pages: Math.ceil(body.total_items / perPage),
			empty: body.contents.length === 0
		});
		items.push(...body.contents);
		if (body.last_page) return { items, total: body.total_items as number };
	}
}

describe.each(testDatabaseKinds())('the HSDS API on %s', (kind) => {
	let app: TestApp;
	let visitor: ApiClient;
	let worker: ApiClient;

	beforeAll(async () => {
		app = await startApp(kind);
		visitor = anonymous(app);
		worker = await signIn(app, demo.worker);
	});

	afterAll(async () => {
		await app?.stop();
	});

	it('exports only valid HSDS: every list page and every item, in every language', async () => {
		const problems: string[] = [];
		for (const lang of locales) {
			for (const [list, object] of lists) {
				const { items, total } = await allPages(worker, `/api/v1/hsds/${list}?lang=${lang}`, 17);
				expect(items).toHaveLength(total);
				items.forEach((item, index) =>
					problems.push(...hsdsProblems(validators[object], item, `${lang} ${list}[${index}]`))
				);
				if (list !== 'services' && list !== 'organizations') continue;
				for (const { id } of items) {
					const answer = await worker.get(`/api/v1/hsds/${list}/${id}?lang=${lang}`);
					expect(answer.status).toBe(200);
					expect(answer.headers.get('content-language')).toBe(lang);
					problems.push(...hsdsProblems(validators[object], answer.body, `${lang} ${list}/${id}`));
				}
			}
		}
		expect(problems).toEqual([]);
	});

	it('shows professional services and units to signed-in callers only', async () => {
		const everyone = await allPages(visitor, '/api/v1/hsds/services', 1000);
		const staff = await allPages(worker, '/api/v1/hsds/services', 1000);
		const audience = (service: AnyJson) =>
			service.attributes.find((attribute: AnyJson) => attribute.link_type === 'audience')
				.taxonomy_term.code;
		expect(everyone.items.map(audience)).not.toContain('professional');
		const professional = staff.items.filter((service) => audience(service) === 'professional');
		expect(professional.length).toBeGreaterThan(0);
		expect(everyone.total + professional.length).toBe(staff.total);
		const hidden = await visitor.get(`/api/v1/hsds/services/${professional[0].id}`);
		expect(hidden).toMatchObject({ status: 404, body: { code: 'not_found' } });

		const locations = async (client: ApiClient) =>
			(await allPages(client, '/api/v1/hsds/organizations', 1000)).items.flatMap(
				(organization) => organization.locations
			);
		expect(await locations(visitor)).toEqual([]);
		expect((await locations(worker)).length).toBe(5);
	});

	it('answers in the asked language, in Finnish where a translation is missing', async () => {
		const [fi, sv] = await Promise.all(
			['fi', 'sv'].map(
				async (lang) =>
					(await worker.get(`/api/v1/hsds/services?lang=${lang}&per_page=1`)).body.contents[0]
			)
		);
		expect(fi.id).toBe(sv.id);
		expect(fi.name).not.toBe(sv.name);
		expect(sv.application_process).toMatch(/remiss/i);
		const organizations = (await worker.get('/api/v1/hsds/organizations?lang=en')).body.contents;
		const unit = organizations.flatMap((organization: AnyJson) => organization.locations)[0];
		// The demo units are described in Finnish only.
		expect(unit.description).toMatch(/lasten/i);
		expect(unit.description).not.toBe('');
	});

	it('answers 404 for unknown ids and 400 for a bad query', async () => {
		const organization = (await visitor.get('/api/v1/hsds/organizations')).body.contents[0];
		for (const path of [
			'/api/v1/hsds/services/0196a0a0-0000-7000-8000-000000000000',
			`/api/v1/hsds/services/${organization.id}`,
			'/api/v1/hsds/services/not-an-id',
			'/api/v1/hsds/organizations/0196a0a0-0000-7000-8000-000000000000'
		]) {
			const answer = await visitor.get(path);
			expect(answer.status, path).toBe(404);
			expect(answer.body).toMatchObject({ code: 'not_found' });
		}
		for (const query of ['page=0', 'per_page=5000', 'lang=de', 'colour=blue', 'page=x']) {
			const answer = await visitor.get(`/api/v1/hsds/services?${query}`);
			expect(answer.status, query).toBe(400);
			expect(answer.body).toMatchObject({ code: 'invalid_input' });
		}
	});

	it('filters taxonomy terms by taxonomy and says which HSDS it follows', async () => {
		const taxonomies = (await visitor.get('/api/v1/hsds/taxonomies')).body.contents;
		const tiers = taxonomies.find((taxonomy: AnyJson) => /tasot/i.test(taxonomy.name));
		const terms = await visitor.get(`/api/v1/hsds/taxonomy_terms?taxonomy_id=${tiers.id}`);
		expect(terms.body.contents.map((term: AnyJson) => term.code)).toEqual([
			'basic',
			'special',
			'ot'
		]);
		expect((await visitor.get('/api/v1/hsds')).body).toMatchObject({ version: '3.0' });
	});
});
