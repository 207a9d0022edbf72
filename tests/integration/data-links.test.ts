import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, signIn, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';
import { aGroup, anExpert, anOrganisation, aService } from '../support/directory-factories';

/** An entry as the admin API takes it: without the id, version and time the server sets. */
const body = <T extends { id: string; version: number; updatedAt: string }>(entry: T) => {
	const { id: _id, version: _version, updatedAt: _updatedAt, ...rest } = entry;
	return rest;
};

const dangerous = [
	'javascript:alert(document.cookie)',
	'JAVASCRIPT:alert(1)',
	'data:text/html,<script>alert(1)</script>'
];

/**
 * Links that data carries reach every staff phone through the directory: the server refuses
 * any that is not a web address, whether typed into the admin form or imported from a file.
 */
describe.each(testDatabaseKinds())('links in the directory on %s', (kind) => {
	let app: TestApp;
	let admin: ApiClient;
	let providerId: string;

	beforeAll(async () => {
		app = await startApp(kind);
		admin = await signIn(app, demo.admin);
		const organisations = await admin.get('/api/v1/hsds/organizations?per_page=1');
		providerId = organisations.body.contents[0].id;
	});

	afterAll(async () => {
		await app?.stop();
	});

	const entries = () => app.select('SELECT id, version FROM directory_entries ORDER BY id');

	const kinds = [
		['experts', (link: string) => body(anExpert({ videoLink: link })), 'videoLink'],
		['groups', (link: string) => body(aGroup({ remoteLink: link })), 'remoteLink'],
		['organisations', (link: string) => body(anOrganisation({ website: link })), 'website'],
		[
			'services',
			(link: string) =>
				body(aService(providerId, { channels: [{ type: 'e-service', value: link }] })),
			'channels.0.value'
		],
		[
			'services',
			(link: string) => body(aService(providerId, { channels: [{ type: 'chat', value: link }] })),
			'channels.0.value'
		]
	] as const;

	it.each(kinds)(
		'%s: refuses a link that is not https:// or http://',
		async (kind, entry, path) => {
			const before = await entries();
			for (const link of dangerous) {
				const answer = await admin.post(`/api/v1/admin/directory/${kind}`, entry(link));
				expect(answer.status, link).toBe(400);
				expect(answer.body).toMatchObject({
					code: 'invalid_input',
					details: [{ path, message: expect.stringContaining('https://') }]
				});
			}
			expect(await entries()).toEqual(before);
			const good = await admin.post(
				`/api/v1/admin/directory/${kind}`,
				entry('https://example.fi/x')
			);
			expect(good.status, good.text).toBe(201);
		}
	);

	it('refuses an import whose link is not a web address, with its line and field, and writes nothing', async () => {
		const exported = await admin.get('/api/v1/hsds/services?per_page=2');
		const [first, second] = exported.body.contents;
		const file = JSON.stringify(
			[first, { ...second, url: 'javascript:alert(document.cookie)' }],
			null,
			2
		);
		const line = file.split('\n').findIndex((text, index) => index > 1 && text === '  {') + 1;
		const before = await entries();
		const answer = await admin.request('POST', '/api/v1/admin/directory/import?format=hsds', {
			raw: file
		});
		expect(answer.status, answer.text).toBe(400);
		expect(answer.body).toMatchObject({
			code: 'invalid_import',
			details: [{ line, field: 'url', message: expect.stringContaining('https://') }]
		});
		expect(await entries()).toEqual(before);

		const csv = [
			'nimi;nimike;organisaatio;hyvinvointialue;videolinkki',
			'Aino;Psykologi;Org;Pirkanmaa;javascript:alert(1)'
		].join('\n');
		const experts = await admin.request(
			'POST',
			'/api/v1/admin/directory/import?format=experts-csv',
			{ raw: csv, headers: { 'content-type': 'text/csv' } }
		);
		expect(experts.status, experts.text).toBe(400);
		expect(experts.body.details).toEqual([
			{ line: 2, field: 'videolinkki', message: expect.stringContaining('https://') }
		]);
		expect(await entries()).toEqual(before);
	});
});
