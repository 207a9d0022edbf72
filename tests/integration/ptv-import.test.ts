import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '$lib/domain/locale';
import { demo, signIn, type AnyJson, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';
import { hsdsProblems, hsdsValidators } from '../support/hsds-schemas';
import {
	directoryRows,
	runImportCli,
	storedEntries,
	uploadImport,
	withDataDir
} from '../support/imports';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/ptv');
const good = readFileSync(path.join(fixtures, 'services.json'), 'utf8');
const malformed = readFileSync(path.join(fixtures, 'malformed.json'), 'utf8');
const serviceIds = ['b701', 'b702', 'b703'].map((end) => `5e0a1b2c-3d4e-4f50-9162-738495a6${end}`);
const organisationIds = ['01', '02'].map((end) => `7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e${end}`);
const validators = hsdsValidators();

/** The lines the file's services and channels start on (each item opens on a line "\t\t{"). */
const itemLines = (text: string) =>
	text.split('\n').flatMap((line, index) => (line === '\t\t{' ? [index + 1] : []));

const upload = (client: ApiClient, text: string, dryRun: boolean) =>
	uploadImport(client, 'ptv', text, dryRun);

describe.each(testDatabaseKinds())('PTV import on %s', (kind) => {
	let app: TestApp;
	let admin: ApiClient;

	beforeAll(async () => {
		app = await startApp(kind);
		admin = await signIn(app, demo.admin);
	});

	afterAll(async () => {
		await app?.stop();
	});

	const directory = () => directoryRows(app);
	const stored = async (id: string) => {
		const [row] = await app.select<{ data: string }>(
			`SELECT data FROM directory_entries WHERE id = '${id}'`
		);
		return JSON.parse(row!.data) as AnyJson;
	};

	it('previews a dry run with the defaults to check, and writes nothing', async () => {
		const before = await directory();
		const answer = await upload(admin, good, true);
		expect(answer.status, answer.text).toBe(200);
		expect(answer.body).toMatchObject({
			dryRun: true,
			written: false,
			kind: 'services',
			errors: [],
			counts: { total: 3, created: 3, updated: 0, unchanged: 0 },
			related: [{ kind: 'organisations', counts: { total: 2, created: 2 } }],
			sample: [{ id: serviceIds[0], name: { sv: 'Barnatillsyningsmannens tjänster' } }, {}, {}]
		});
		expect(answer.body.notes.map((note: AnyJson) => note.field)).toEqual([
			'services.0',
			'services.1',
			'services.2'
		]);
		expect(await directory()).toEqual(before);
	});

	it('refuses a malformed file whole, with the path and line of each problem', async () => {
		const before = await directory();
		const lines = itemLines(malformed);
		const expected = [
			[lines[0], 'services.0.serviceNames.1.language'],
			[lines[1], 'services.1.id'],
			[lines[2], 'services.2.areas.0.code'],
			[lines[4], 'channels.1.webPages.0.url'],
			[lines[9], 'channels.6.serviceChannelType']
		];
		for (const dryRun of [true, false]) {
			const answer = await upload(admin, malformed, dryRun);
			expect(answer.status).toBe(dryRun ? 200 : 400);
			if (!dryRun) expect(answer.body.code).toBe('invalid_import');
			const problems: AnyJson[] = dryRun ? answer.body.errors : answer.body.details;
			expect(problems.map((problem) => [problem.line, problem.field])).toEqual(expected);
		}
		expect(await directory()).toEqual(before);
	});

	it('imports the services and organisations; they export as valid HSDS in every language', async () => {
		const answer = await upload(admin, good, false);
		expect(answer.status, answer.text).toBe(200);
		expect(answer.body).toMatchObject({
			written: true,
			counts: { total: 3, created: 3 },
			related: [{ kind: 'organisations', counts: { created: 2 } }]
		});
		const problems: string[] = [];
		for (const lang of locales) {
			for (const id of serviceIds) {
				const service = await admin.get(`/api/v1/hsds/services/${id}?lang=${lang}`);
				expect(service.status).toBe(200);
				problems.push(...hsdsProblems(validators.service, service.body, `${lang} ${id}`));
			}
			for (const id of organisationIds) {
				const organisation = await admin.get(`/api/v1/hsds/organizations/${id}?lang=${lang}`);
				expect(organisation.status).toBe(200);
				problems.push(...hsdsProblems(validators.organization, organisation.body, `${lang} ${id}`));
			}
		}
		expect(problems).toEqual([]);
		const swedish = (await admin.get(`/api/v1/hsds/services/${serviceIds[0]}?lang=sv`)).body;
		expect(swedish).toMatchObject({
			name: 'Barnatillsyningsmannens tjänster',
			organization_id: organisationIds[0],
			phones: [{ number: '+358 401234567' }, { number: '+358 87123456' }],
			url: 'https://korpimaa.example.fi/lastenvalvojat',
			email: 'lastenvalvojat@korpimaa.example.fi'
		});
		const places = swedish.service_at_locations.map((at: AnyJson) => at.location);
		expect(places).toContainEqual(
			expect.objectContaining({
				location_type: 'physical',
				addresses: [expect.objectContaining({ address_1: 'Kauppakatu 12 B', postal_code: '87100' })]
			})
		);

		// The same file again: nothing changes, nothing is rewritten.
		const before = await directory();
		const again = await upload(admin, good, false);
		expect(again.status, again.text).toBe(200);
		expect(again.body.counts).toEqual({ total: 3, created: 0, updated: 0, unchanged: 3 });
		expect(again.body.related[0].counts).toEqual({
			total: 2,
			created: 0,
			updated: 0,
			unchanged: 2
		});
		expect(again.body.notes).toEqual([]);
		expect(await directory()).toEqual(before);
	});

	it('updates what PTV changed and keeps our own tier, category, target groups and access', async () => {
		const id = serviceIds[0]!;
		const entry = await stored(id);
		const ours = {
			tier: 'special',
			category: 'child-welfare-supervisor',
			targetGroups: ['parents', 'children'],
			access: 'referral'
		};
		const body = { ...entry, ...ours };
		for (const key of ['id', 'version', 'updatedAt']) delete body[key];
		const edited = await admin.request('PUT', `/api/v1/admin/directory/services/${id}`, { body });
		expect(edited.status, edited.text).toBe(200);

		const file = JSON.parse(good);
		file.services[0].serviceNames[0].value = 'Lastenvalvojan palvelut Kainuussa';
		file.services[0].modified = '2026-02-20T10:00:00Z';
		const answer = await upload(admin, JSON.stringify(file, null, '\t'), false);
		expect(answer.status, answer.text).toBe(200);
		expect(answer.body.counts).toEqual({ total: 3, created: 0, updated: 1, unchanged: 2 });
		expect(await stored(id)).toMatchObject({
			...ours,
			name: { fi: 'Lastenvalvojan palvelut Kainuussa', sv: 'Barnatillsyningsmannens tjänster' },
			lastVerified: '2026-02-20',
			version: entry.version + 2
		});
	});
});

describe('npm run import -- ptv', () => {
	it('checks, imports and refuses a PTV file on the command line', async () => {
		await withDataDir(async (dataDir) => {
			const goodFile = path.join(fixtures, 'services.json');
			const dry = await runImportCli(['ptv', goodFile, '--dry-run'], dataDir);
			expect(dry.output).toMatch(/Would import 3 services \(3 new.*and 2 organisations \(2 new/);
			expect(dry.output).toContain(`${goodFile}:3: services.0: note: a new service`);
			expect(dry.code).toBe(0);
			const imported = await runImportCli(['ptv', goodFile], dataDir);
			expect(imported.code).toBe(0);
			const badFile = path.join(fixtures, 'malformed.json');
			const refused = await runImportCli(['ptv', badFile], dataDir);
			expect(refused.code).toBe(1);
			expect(refused.output).toContain(`${badFile}:${itemLines(malformed)[1]}: services.1.id:`);
			expect(refused.output).toContain('5 problem(s); nothing was imported.');
			expect(storedEntries(dataDir, 'services').map((row) => row.id)).toEqual(serviceIds);
		});
	});
});
