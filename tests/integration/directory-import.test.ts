import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, demo, signIn, type AnyJson, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';
import {
	directoryRows,
	runImportCli,
	storedEntries,
	uploadImport,
	withDataDir
} from '../support/imports';

const header =
	'nimi;nimike;organisaatio;hyvinvointialue;roolit;osaaminen;kielet;puhelin;sähköposti';
const person = (name: string, email: string, county = 'Pirkanmaa') =>
	`${name};Psykologi;Tuontiorganisaatio;${county};Konsultoiva asiantuntija;Juridiikka|law;fi|sv;040 000 7777;${email}`;
const csv = (...rows: string[]) => `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;

const upload = uploadImport;

describe.each(testDatabaseKinds())('directory import on %s', (kind) => {
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
	const cursor = async () => {
		const pulled = await admin.get('/api/v1/sync/pull?scope=reference&limit=1000');
		return pulled.body.cursor as string;
	};

	it('previews a dry run and writes nothing', async () => {
		const before = await directory();
		const answer = await upload(
			admin,
			'experts-csv',
			csv(person('Esi Katselu', 'esi@example.fi')),
			true
		);
		expect(answer.status, answer.text).toBe(200);
		expect(answer.body).toMatchObject({
			dryRun: true,
			written: false,
			errors: [],
			counts: { total: 1, created: 1, updated: 0, unchanged: 0 },
			sample: [{ name: 'Esi Katselu', countyId: 'pirkanmaa', expertise: ['law'] }]
		});
		expect(await directory()).toEqual(before);
	});

	it('changes nothing when one row is bad, and names its line and column', async () => {
		const before = await directory();
		const file = csv(
			person('Hyvä Ihminen', 'hyva@example.fi'),
			person('Väärä Alue', 'vaara@example.fi', 'Atlantis'),
			person('Toinen Hyvä', 'toinen@example.fi')
		);
		for (const dryRun of [true, false]) {
			const answer = await upload(admin, 'experts-csv', file, dryRun);
			const errors = dryRun ? answer.body.errors : answer.body.details;
			expect(answer.status).toBe(dryRun ? 200 : 400);
			expect(errors).toEqual([
				{ line: 3, field: 'hyvinvointialue', message: expect.stringContaining('Atlantis') }
			]);
		}
		expect(await directory()).toEqual(before);
	});

	it('imports a good CSV: devices pull the new people, and the audit log has it', async () => {
		const since = await cursor();
		const file = csv(
			person('Uusi Tuotu', 'uusi.tuotu@example.fi'),
			person('Toinen Tuotu', 'toinen.tuotu@example.fi', 'lappi')
		);
		const answer = await upload(admin, 'experts-csv', file, false);
		expect(answer.status, answer.text).toBe(200);
		expect(answer.body).toMatchObject({ written: true, counts: { created: 2 } });
		const pulled = await admin.get(`/api/v1/sync/pull?scope=reference&since=${since}`);
		expect(pulled.body.changes.map((change: AnyJson) => change.data.name).sort()).toEqual([
			'Toinen Tuotu',
			'Uusi Tuotu'
		]);
		const audit = await admin.get('/api/v1/admin/audit');
		expect(audit.body.entries[0]).toMatchObject({
			action: 'directory.import',
			recordTable: 'experts'
		});

		// The same file again changes nothing: the people are matched by their e-mail.
		const again = await upload(admin, 'experts-csv', file, false);
		expect(again.body.counts).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
	});

	it('takes back its own HSDS export, and the changes show in the HSDS API', async () => {
		const exported = (await admin.get('/api/v1/hsds/services?lang=fi&per_page=1000')).body;
		const edited = {
			...exported,
			contents: exported.contents.map((service: AnyJson, index: number) =>
				index === 0 ? { ...service, name: 'Tuotu nimi' } : service
			)
		};
		const first = `/api/v1/hsds/services/${exported.contents[0].id}`;
		const swedish = (await admin.get(`${first}?lang=sv`)).body.name;
		const since = await cursor();
		const answer = await upload(admin, 'hsds', JSON.stringify(edited, null, 2), false);
		expect(answer.status, answer.text).toBe(200);
		expect(answer.body.counts).toMatchObject({
			total: exported.total_items,
			created: 0,
			updated: 1,
			unchanged: exported.total_items - 1
		});
		expect((await admin.get(first)).body.name).toBe('Tuotu nimi');
		// Only the Finnish name came in; the Swedish one stays.
		expect((await admin.get(`${first}?lang=sv`)).body.name).toBe(swedish);
		const pulled = await admin.get(`/api/v1/sync/pull?scope=reference&since=${since}`);
		expect(pulled.body.changes).toMatchObject([{ id: exported.contents[0].id }]);
	});

	it('refuses a bad HSDS file whole, by line and field', async () => {
		const before = await directory();
		const services = (await admin.get('/api/v1/hsds/services?per_page=3')).body.contents;
		services[1].organization_id = '0196a0a0-0000-7000-8000-000000000000';
		services[2].service_areas = [{ id: services[2].id, name: 'Atlantis' }];
		const text = JSON.stringify(
			services.map((service: AnyJson) => ({ ...service, name: 'X' })),
			null,
			2
		);
		const answer = await upload(admin, 'hsds', text, false);
		expect(answer.status).toBe(400);
		expect(answer.body.code).toBe('invalid_import');
		const lines = text.split('\n').flatMap((line, index) => (line === '  {' ? [index + 1] : []));
		expect(answer.body.details.map((issue: AnyJson) => [issue.line, issue.field])).toEqual([
			[lines[1], 'organization_id'],
			[lines[2], 'service_areas.0.name']
		]);
		expect(await directory()).toEqual(before);
	});

	it('lets only admins import', async () => {
		const before = await directory();
		const file = csv(person('Ei Saa', 'ei.saa@example.fi'));
		const [worker, coordinator] = await Promise.all([
			signIn(app, demo.worker),
			signIn(app, demo.coordinator)
		]);
		expect((await upload(anonymous(app), 'experts-csv', file, false)).status).toBe(401);
		expect((await upload(worker, 'experts-csv', file, false)).status).toBe(403);
		expect((await upload(coordinator, 'experts-csv', file, false)).status).toBe(403);
		expect((await upload(admin, 'nope', file, false)).status).toBe(400);
		expect(await directory()).toEqual(before);
	});
});

describe('the import command', () => {
	it('imports a CSV into DATA_DIR, and refuses a bad one whole with its lines', async () => {
		await withDataDir(async (dataDir) => {
			const good = path.join(dataDir, 'good.csv');
			const bad = path.join(dataDir, 'bad.csv');
			writeFileSync(good, csv(person('Komento Rivi', 'komento@example.fi')));
			writeFileSync(bad, csv(person('Kolmas', 'kolmas@example.fi'), person('', 'x@example.fi')));

			const imported = await runImportCli(['experts', good], dataDir);
			expect(imported.output).toMatch(/Imported 1 experts .*1 new/);
			expect(imported.code).toBe(0);
			const refused = await runImportCli(['experts', bad], dataDir);
			expect(refused.code).toBe(1);
			expect(refused.output).toContain(`${bad}:3: nimi: required`);

			const names = storedEntries(dataDir, 'experts').map((row) => JSON.parse(row.data).name);
			expect(names).toEqual(['Komento Rivi']);
		});
	});
});
