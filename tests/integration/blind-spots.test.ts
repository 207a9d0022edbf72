import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlindSpotsAnswer } from '$lib/domain/api/admin';
import { demo, signIn, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';
import { aService } from '../support/directory-factories';

describe.each(testDatabaseKinds())('the directory’s blind spots on %s', (kind) => {
	let app: TestApp;
	let admin: ApiClient;
	let coordinator: ApiClient;

	beforeAll(async () => {
		app = await startApp(kind);
		admin = await signIn(app, demo.admin);
		coordinator = await signIn(app, demo.coordinator);
	});

	afterAll(async () => {
		await app?.stop();
	});

	const hailuoto = async () => {
		const answer = await coordinator.get<BlindSpotsAnswer>('/api/v1/admin/blind-spots');
		expect(answer.status).toBe(200);
		const { columns, municipalities } = answer.body;
		const row = municipalities.find((place) => place.id === '072')!;
		return {
			ot: row.counts[columns.indexOf('ot')]!,
			legal: row.counts[columns.indexOf('legal')]!,
			gaps: row.gaps
		};
	};

	it('counts the services reaching each place, and a new one closes a gap', async () => {
		const answer = await coordinator.get<BlindSpotsAnswer>('/api/v1/admin/blind-spots');
		expect(answer.body.counties).toHaveLength(23);
		expect(answer.body.municipalities).toHaveLength(308);
		expect(answer.body.columns.slice(0, 3)).toEqual(['basic', 'special', 'ot']);
		// The demo directory lists services in some places and not in others.
		const gaps = answer.body.municipalities.map((row) => row.gaps);
		expect(Math.min(...gaps)).toBeLessThan(Math.max(...gaps));

		const before = await hailuoto();
		const [provider] = await app.select<{ id: string }>(
			"SELECT id FROM directory_entries WHERE kind = 'organisations' AND deleted = 0 ORDER BY id"
		);
		const service: Record<string, unknown> = aService(provider!.id, {
			tier: 'ot',
			category: 'legal',
			countyIds: ['pohjois-pohjanmaa'],
			municipalityIds: ['072'],
			audience: 'professional'
		});
		// What the server sets is not part of the body.
		for (const key of ['id', 'version', 'updatedAt']) delete service[key];
		const created = await admin.post('/api/v1/admin/directory/services', service);
		expect(created.status).toBe(201);
		const after = await hailuoto();
		expect(after).toEqual({ ot: before.ot + 1, legal: before.legal + 1, gaps: expect.any(Number) });
		expect(after.gaps).toBeLessThanOrEqual(before.gaps);
		expect(before.gaps - after.gaps).toBe((before.ot === 0 ? 1 : 0) + (before.legal === 0 ? 1 : 0));
	});

	it('exports CSV in the language asked for, and refuses a bad query with 400', async () => {
		const csv = await coordinator.get('/api/v1/admin/blind-spots.csv?lang=sv');
		expect(csv.status).toBe(200);
		expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		const lines = csv.text.split('\r\n');
		expect(lines[0]).toMatch(/^Område;Välfärdsområde;Basnivå;Specialnivå;/);
		expect(lines.some((line) => line.startsWith('Kommun: Karlö;'))).toBe(true);
		expect(lines.filter(Boolean)).toHaveLength(1 + 23 + 308);
		for (const query of ['?lang=de', '?lang=fi&lang=sv', '?area=pirkanmaa']) {
			const refused = await coordinator.get(`/api/v1/admin/blind-spots.csv${query}`);
			expect(refused.status, query).toBe(400);
		}
	});
});
