import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cursorAt } from '$lib/domain/cursor';
import { demo, signIn, type AnyJson, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';

const base = '/api/v1/admin/directory';

const expertBody = (overrides: Record<string, unknown> = {}) => ({
	name: 'Testi Asiantuntija',
	title: 'Psykologi',
	organisation: 'Pirkanmaan hyvinvointialue (demo)',
	countyId: 'pirkanmaa',
	roles: ['consulting-expert'],
	expertise: ['child-psychiatry', 'law'],
	languages: ['fi', 'sv'],
	phone: '040 000 9999',
	email: 'testi.asiantuntija@example.fi',
	availability: 'konsultaatiot ti 13–15',
	duty: [],
	lastVerified: '2026-01-15',
	...overrides
});

const serviceBody = (providerId: string, countyIds: string[]) => ({
	name: { fi: 'Testipalvelu', sv: 'Testtjänst', en: 'Test service' },
	summary: { fi: 'Lyhyt kuvaus.', sv: '', en: '' },
	description: { fi: 'Pidempi kuvaus palvelusta.', sv: '', en: '' },
	tier: 'basic',
	category: 'family-mediation',
	targetGroups: ['parents'],
	access: 'self-referral',
	cost: 'free',
	channels: [{ type: 'phone', value: '040 000 1234', hours: 'ma–pe 9–15' }],
	countyIds,
	municipalityIds: ['837'],
	languages: ['fi'],
	providerId,
	audience: 'public',
	lastVerified: '2026-01-15'
});

/** An entry as an edit's body: without what the server sets. */
function editable(entry: AnyJson): AnyJson {
	const body = { ...entry };
	for (const key of ['id', 'version', 'updatedAt']) delete body[key];
	return body;
}

describe.each(testDatabaseKinds())('directory administration on %s', (kind) => {
	let app: TestApp;
	let admin: ApiClient;
	let coordinator: ApiClient;
	let worker: ApiClient;
	let providerId: string;
	let otherCountyExpertId: string;

	beforeAll(async () => {
		app = await startApp(kind);
		[admin, coordinator, worker] = await Promise.all([
			signIn(app, demo.admin),
			signIn(app, demo.coordinator),
			signIn(app, demo.worker)
		]);
		const rows = await app.select<{ id: string; kind: string; county_id: string | null }>(
			"SELECT id, kind, county_id FROM directory_entries WHERE kind IN ('organisations', 'experts') ORDER BY id"
		);
		providerId = rows.find((row) => row.kind === 'organisations')!.id;
		otherCountyExpertId = rows.find(
			(row) => row.kind === 'experts' && row.county_id === 'kanta-hame'
		)!.id;
	});

	afterAll(async () => {
		await app?.stop();
	});

	/** Every row of the directory, to prove a refused call changed nothing. */
	const directoryRows = () =>
		app.select('SELECT id, version, seq, deleted, data FROM directory_entries ORDER BY id');

	/** The cursor a device holding the whole directory now has (the snapshot's header). */
	const currentCursor = async (client: ApiClient) => {
		const snapshot = await client.get('/api/v1/directory/snapshot');
		expect(snapshot.status).toBe(200);
		return JSON.parse(snapshot.text.split('\n')[0]!).cursor as string;
	};

	const pull = async (client: ApiClient, since: string) => {
		const answer = await client.get(
			`/api/v1/sync/pull?scope=reference&since=${encodeURIComponent(since)}`
		);
		expect(answer.status).toBe(200);
		return answer.body as { changes: AnyJson[]; cursor: string; hasMore: boolean };
	};

	const put = (client: ApiClient, path: string, body: unknown) =>
		client.request('PUT', path, { body });

	it('lets an admin create, edit and retire an expert, each reaching devices by the pull', async () => {
		const cursor = await currentCursor(worker);

		const created = await admin.post(`${base}/experts`, expertBody());
		expect(created.status).toBe(201);
		const entry = created.body.entry;
		expect(entry).toMatchObject({ ...expertBody(), version: 1 });
		// A UUIDv7 made by the server.
		expect(entry.id).toMatch(
			/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
		);

		let page = await pull(worker, cursor);
		expect(page.changes).toEqual([
			{ table: 'experts', id: entry.id, version: 1, deleted: false, data: entry }
		]);

		const id = entry.id;
		const rest = editable(entry);
		const edited = await put(admin, `${base}/experts/${id}`, {
			...rest,
			title: 'Johtava psykologi',
			baseVersion: 1
		});
		expect(edited.status).toBe(200);
		expect(edited.body.entry).toMatchObject({ id, title: 'Johtava psykologi', version: 2 });
		page = await pull(worker, page.cursor);
		expect(page.changes).toEqual([
			{ table: 'experts', id, version: 2, deleted: false, data: edited.body.entry }
		]);

		// Leaving a field out removes it; saving an unchanged entry is no change at all.
		const withoutPhone = { ...rest, title: 'Johtava psykologi' };
		delete withoutPhone.phone;
		const removed = await put(admin, `${base}/experts/${id}`, withoutPhone);
		expect(removed.status).toBe(200);
		expect(removed.body.entry.phone).toBeUndefined();
		expect(removed.body.entry.version).toBe(3);
		const same = await put(admin, `${base}/experts/${id}`, { ...withoutPhone, baseVersion: 3 });
		expect(same.status).toBe(200);
		expect(same.body.entry.version).toBe(3);
		page = await pull(worker, page.cursor);
		expect(page.changes.map((change) => change.version)).toEqual([3]);

		const retired = await admin.delete(`${base}/experts/${id}`);
		expect(retired.status).toBe(200);
		page = await pull(worker, page.cursor);
		expect(page.changes).toEqual([{ table: 'experts', id, version: 4, deleted: true, data: null }]);
		expect(await pull(worker, page.cursor)).toMatchObject({ changes: [], hasMore: false });

		// A retired entry stays retired: no second retire, no edit that would resurrect it.
		expect((await admin.delete(`${base}/experts/${id}`)).status).toBe(404);
		expect((await put(admin, `${base}/experts/${id}`, rest)).status).toBe(404);
		const [row] = await app.select<{ deleted: number; data: string | null }>(
			`SELECT deleted, data FROM directory_entries WHERE id = '${id}'`
		);
		expect(row).toEqual({ deleted: 1, data: null });

		const audit = await admin.get(`/api/v1/admin/audit?recordId=${id}`);
		const actions = (audit.body.entries as AnyJson[])
			.map((item) => ({
				action: item.action,
				recordTable: item.recordTable,
				fields: [...item.fields].sort()
			}))
			.reverse();
		expect(actions).toEqual([
			{
				action: 'directory.create',
				recordTable: 'directory_entries',
				fields: Object.keys(expertBody()).sort()
			},
			{ action: 'directory.update', recordTable: 'directory_entries', fields: ['title'] },
			{ action: 'directory.update', recordTable: 'directory_entries', fields: ['phone'] },
			{ action: 'directory.retire', recordTable: 'directory_entries', fields: [] }
		]);
		// Names of fields only, never their values.
		expect(audit.text).not.toContain('Johtava psykologi');
	});

	it('continues a cut-off snapshot with what changed after its last stored entry', async () => {
		const x = (await admin.post(`${base}/experts`, expertBody({ name: 'Katkos Ensimmäinen' }))).body
			.entry;
		const y = (await admin.post(`${base}/experts`, expertBody({ name: 'Katkos Toinen' }))).body
			.entry;
		const snapshot = await worker.get('/api/v1/directory/snapshot');
		const [headerLine, ...lines] = snapshot.text.trim().split('\n');
		const header = JSON.parse(headerLine!);
		const entries = lines.map((text) => JSON.parse(text));
		expect(entries.every((entry) => Number.isInteger(entry.seq))).toBe(true);
		expect(entries.map((entry) => entry.seq)).toEqual(
			[...entries.map((entry) => entry.seq)].sort((a, b) => a - b)
		);
		// The device stored everything up to X, then the connection dropped.
		const stoppedAt = entries.find((entry) => entry.data.id === x.id)!.seq as number;
		expect(entries.at(-1)!.data.id).toBe(y.id);

		expect((await admin.delete(`${base}/experts/${x.id}`)).status).toBe(200);
		const yEdited = await put(admin, `${base}/experts/${y.id}`, {
			...editable(y),
			title: 'Perheterapeutti'
		});
		expect(yEdited.status).toBe(200);
		const z = (await admin.post(`${base}/experts`, expertBody({ name: 'Katkos Kolmas' }))).body
			.entry;

		const since = cursorAt(header.cursor, stoppedAt)!;
		const rest = await worker.get(`/api/v1/directory/snapshot?since=${encodeURIComponent(since)}`);
		expect(rest.status).toBe(200);
		const [restHeaderLine, ...restLines] = rest.text.trim().split('\n');
		const restHeader = JSON.parse(restHeaderLine!);
		expect(restHeader).toEqual({
			total: 3,
			cursor: await currentCursor(worker),
			resumed: true
		});
		const changes = restLines.map((text) => JSON.parse(text));
		expect(changes).toEqual(
			expect.arrayContaining([
				{ table: 'experts', seq: expect.any(Number), id: x.id, deleted: true },
				{ table: 'experts', seq: expect.any(Number), data: yEdited.body.entry },
				{ table: 'experts', seq: expect.any(Number), data: z }
			])
		);

		// A cursor the server does not know gets the whole snapshot, not marked as resumed.
		const unknown = await worker.get('/api/v1/directory/snapshot?since=nonsense');
		expect(unknown.status).toBe(200);
		expect(JSON.parse(unknown.text.split('\n')[0]!)).not.toHaveProperty('resumed');
		expect((await admin.delete(`${base}/experts/${y.id}`)).status).toBe(200);
		expect((await admin.delete(`${base}/experts/${z.id}`)).status).toBe(200);
	});

	it('answers 409 to an edit based on a version someone has since replaced', async () => {
		const created = await admin.post(`${base}/experts`, expertBody({ name: 'Kiista Kaisa' }));
		const id = created.body.entry.id;
		const rest = editable(created.body.entry);
		expect(
			(await put(coordinator, `${base}/experts/${id}`, { ...rest, baseVersion: 1 })).status
		).toBe(200);
		const first = await put(admin, `${base}/experts/${id}`, {
			...rest,
			title: 'Ensimmäinen',
			baseVersion: 1
		});
		expect(first.status).toBe(200);
		const before = await directoryRows();
		const stale = await put(coordinator, `${base}/experts/${id}`, {
			...rest,
			title: 'Toinen',
			baseVersion: 1
		});
		expect(stale.status).toBe(409);
		expect(stale.body).toMatchObject({ code: 'version_conflict', details: { version: 2 } });
		expect(await directoryRows()).toEqual(before);
	});

	it('lets a coordinator change their own county only', async () => {
		const own = await coordinator.post(`${base}/experts`, expertBody({ name: 'Oma Ossi' }));
		expect(own.status).toBe(201);
		const id = own.body.entry.id;
		const rest = editable(own.body.entry);
		expect(
			(await put(coordinator, `${base}/experts/${id}`, { ...rest, title: 'Sosiaalityöntekijä' }))
				.status
		).toBe(200);

		const before = await directoryRows();
		const refused = [
			await coordinator.post(`${base}/experts`, expertBody({ countyId: 'kanta-hame' })),
			// Moving an own entry to another county is writing there.
			await put(coordinator, `${base}/experts/${id}`, { ...rest, countyId: 'kanta-hame' }),
			await put(coordinator, `${base}/experts/${otherCountyExpertId}`, expertBody()),
			await coordinator.delete(`${base}/experts/${otherCountyExpertId}`),
			// A service is theirs only when every county it serves is.
			await coordinator.post(
				`${base}/services`,
				serviceBody(providerId, ['pirkanmaa', 'kanta-hame'])
			),
			// An organisation with no county is national: the admins'.
			await coordinator.post(`${base}/organisations`, {
				name: 'Valtakunnallinen ry',
				type: 'ngo',
				lastVerified: '2026-01-15'
			})
		];
		expect(refused.map((answer) => [answer.status, answer.body?.code])).toEqual(
			refused.map(() => [403, 'forbidden'])
		);
		expect(await directoryRows()).toEqual(before);

		const service = await coordinator.post(
			`${base}/services`,
			serviceBody(providerId, ['pirkanmaa'])
		);
		expect(service.status).toBe(201);
		expect((await coordinator.delete(`${base}/services/${service.body.entry.id}`)).status).toBe(
			200
		);
		expect((await coordinator.delete(`${base}/experts/${id}`)).status).toBe(200);
	});

	it("keeps the county's duty rota: a coordinator sets their coordinators' hours, devices receive them, bad slots are 400", async () => {
		const cursor = await currentCursor(worker);
		const weekdays = [1, 2, 3].map((weekday) => ({ weekday, start: '08:00', end: '16:00' }));
		const created = await coordinator.post(
			`${base}/experts`,
			expertBody({ name: 'Päivi Päivystäjä', roles: ['ot-coordinator'], duty: weekdays })
		);
		expect(created.status).toBe(201);
		const { id } = created.body.entry;
		const rest = editable(created.body.entry);
		const evenings = [{ weekday: 4, start: '16:00', end: '24:00' }];
		const edited = await put(coordinator, `${base}/experts/${id}`, { ...rest, duty: evenings });
		expect(edited.status).toBe(200);
		const page = await pull(worker, cursor);
		expect(page.changes.filter((change) => change.id === id).at(-1)?.data.duty).toEqual(evenings);

		const before = await directoryRows();
		const bad = [
			[{ weekday: 8, start: '08:00', end: '16:00' }],
			[{ weekday: 1, start: '16:00', end: '08:00' }],
			[{ weekday: 1, start: '8', end: '16:00' }],
			[{ weekday: 1, start: '08:00', end: '25:00' }],
			[{ weekday: 1, start: '08:00', end: '16:00', note: 'extra' }],
			'ma-pe 8-16',
			Array.from({ length: 22 }, () => weekdays[0])
		];
		const answers = await Promise.all(
			bad.map((duty) => put(coordinator, `${base}/experts/${id}`, { ...rest, duty }))
		);
		expect(answers.map((answer) => answer.status)).toEqual(bad.map(() => 400));
		expect(answers[1]!.body.details).toEqual([
			{ path: 'duty.0.end', message: 'a slot ends after it starts' }
		]);
		// Another county's rota is not theirs to set.
		const other = await coordinator.post(
			`${base}/experts`,
			expertBody({ countyId: 'kanta-hame', roles: ['ot-coordinator'], duty: weekdays })
		);
		expect(other.status).toBe(403);
		expect(await directoryRows()).toEqual(before);
		expect((await coordinator.delete(`${base}/experts/${id}`)).status).toBe(200);
	});

	it('refuses workers everything', async () => {
		const before = await directoryRows();
		const answers = [
			await worker.post(`${base}/experts`, expertBody()),
			await put(worker, `${base}/experts/${otherCountyExpertId}`, expertBody()),
			await worker.delete(`${base}/experts/${otherCountyExpertId}`)
		];
		expect(answers.map((answer) => answer.status)).toEqual([403, 403, 403]);
		expect(await directoryRows()).toEqual(before);
	});

	it('answers bad input with 400 and its details, and unknown entries with 404, changing nothing', async () => {
		const before = await directoryRows();
		const invalid = [
			await admin.post(`${base}/experts`, expertBody({ name: '', email: 'not-an-email' })),
			await admin.post(`${base}/experts`, expertBody({ countyId: 'atlantis' })),
			await admin.post(`${base}/experts`, expertBody({ version: 7 })),
			await admin.post(`${base}/experts`, expertBody({ nickname: 'extra field' })),
			await admin.post(`${base}/services`, expertBody()),
			await admin.post(`${base}/experts`, undefined, { raw: '{"name": ' }),
			await put(admin, `${base}/experts/${otherCountyExpertId}`, expertBody({ roles: ['boss'] })),
			await put(admin, `${base}/experts/${otherCountyExpertId}`, {
				...expertBody(),
				id: '01900000-0000-7000-8000-000000000000'
			})
		];
		expect(invalid.map((answer) => answer.status)).toEqual(invalid.map(() => 400));
		const paths = invalid[0]!.body.details.map((detail: { path: string }) => detail.path);
		expect(paths).toEqual(expect.arrayContaining(['name', 'email']));
		expect(invalid[1]!.body.details).toEqual([{ path: 'countyId', message: 'unknown county' }]);

		const missing = [
			await put(admin, `${base}/experts/01900000-0000-7000-8000-000000000000`, expertBody()),
			await put(admin, `${base}/experts/not-a-uuid`, expertBody()),
			// The id is an expert's: under services it is unknown.
			await admin.delete(`${base}/services/${otherCountyExpertId}`),
			await admin.post(`${base}/people`, expertBody())
		];
		expect(missing.map((answer) => [answer.status, answer.body?.code])).toEqual(
			missing.map(() => [404, 'not_found'])
		);
		expect(await directoryRows()).toEqual(before);
	});
});
