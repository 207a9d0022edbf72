import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicDirectory } from '$lib/family/finder';
import { anonymous, demo, signIn, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';

describe.each(testDatabaseKinds())('the family pages’ public services on %s', (kind) => {
	let app: TestApp;
	let visitor: ApiClient;
	let admin: ApiClient;

	beforeAll(async () => {
		app = await startApp(kind);
		visitor = anonymous(app);
		admin = await signIn(app, demo.admin);
	});

	afterAll(async () => {
		await app?.stop();
	});

	it('lists the public services only, and nothing about people, to anyone alike', async () => {
		const answer = await visitor.get<PublicDirectory>('/api/v1/public/services');
		expect(answer.status).toBe(200);
		expect(answer.headers.get('cache-control')).toBe('public, max-age=300');
		expect(answer.headers.get('set-cookie')).toBeNull();
		const { services, places } = answer.body;

		const [stored] = await app.select<{ n: number }>(
			'SELECT COUNT(*) AS n FROM directory_entries WHERE kind = \'services\' AND deleted = 0 AND data LIKE \'%"audience":"public"%\''
		);
		expect(services).toHaveLength(Number(stored!.n));
		expect(services.length).toBeGreaterThan(0);
		const ids = new Set(services.map((service) => service.id));
		const professional = await app.select<{ id: string }>(
			'SELECT id FROM directory_entries WHERE kind = \'services\' AND data LIKE \'%"audience":"professional"%\''
		);
		expect(professional.length).toBeGreaterThan(0);
		expect(professional.filter(({ id }) => ids.has(id))).toEqual([]);
		// Never a person: no expert or expert-group ids, no e-mail addresses of people.
		const people = await app.select<{ id: string }>(
			"SELECT id FROM directory_entries WHERE kind IN ('experts', 'groups', 'units')"
		);
		expect(people.length).toBeGreaterThan(0);
		expect(people.filter(({ id }) => answer.text.includes(id))).toEqual([]);
		// Every municipality with its names and postal codes, for the finder on the device.
		expect(places).toHaveLength(308);
		expect(places.find((place) => place.id === '837')).toEqual({
			id: '837',
			names: ['Tampere', 'Tammerfors'],
			countyId: 'pirkanmaa',
			postalCodes: expect.stringMatching(/^33100 .* 33900\b/)
		});
		expect(answer.body.counties.find((county) => county.id === 'pirkanmaa')?.areaId).toBe(
			'sisa-suomi'
		);
		expect(answer.body.areas).toHaveLength(5);

		// A session changes nothing: the answer is the same bytes for an administrator.
		const signedIn = await admin.get('/api/v1/public/services');
		expect(signedIn.text).toBe(answer.text);
	});

	it('answers 304 to a browser that already has this list, and compresses it', async () => {
		const first = await visitor.get('/api/v1/public/services', {
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(first.headers.get('content-encoding')).toBe('gzip');
		const etag = first.headers.get('etag');
		expect(etag).toMatch(/^"[\w-]+"$/);
		const again = await visitor.get('/api/v1/public/services', {
			headers: { 'if-none-match': etag! }
		});
		expect(again.status).toBe(304);
		expect(again.text).toBe('');
	});
});
