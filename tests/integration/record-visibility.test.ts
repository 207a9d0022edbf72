import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/domain/roles';
import type { DatabaseHandle } from '$lib/server/db/connect';
import { migrateToLatest } from '$lib/server/db/migrate';
import { recordChangesSince } from '$lib/server/sync/pull-records';
import { demo, signIn, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';
import { databaseAt } from '../support/migrated-database';
import {
	consultationFields,
	noteEvent as note,
	pullRecords,
	TestDevice,
	type PulledChange
} from '../support/record-factories';

/** The ids a pull sent with content, and those it sent as removals (tombstones). */
const sentIds = (changes: PulledChange[]) => ({
	read: changes.filter((change) => !change.deleted && change.data).map((change) => change.id),
	removed: changes.filter((change) => change.deleted).map((change) => change.id)
});

/** A signed-in person with a registered device whose id goes with every request, as the app's does. */
async function personWithDevice(app: TestApp, email: string) {
	const client = await signIn(app, email);
	const device = await TestDevice.register(client);
	client.headers['x-lahelle-client'] = device.clientId;
	return { client, device };
}

describe.each(testDatabaseKinds())('who receives which records on %s', (kind) => {
	let app: TestApp;
	let worker: { client: ApiClient; device: TestDevice };
	let coordinator: { client: ApiClient; device: TestDevice };
	let admin: { client: ApiClient; device: TestDevice };
	let caseId: string;
	let sharedId: string;
	let internalId: string;
	let workerCursor: string;

	beforeAll(async () => {
		app = await startApp(kind);
		worker = await personWithDevice(app, demo.worker);
		coordinator = await personWithDevice(app, demo.coordinator);
		admin = await personWithDevice(app, demo.admin);
		// The worker's request; their first pull has only their own records in it.
		[caseId = ''] = await worker.device.push([
			{ table: 'consultations', fields: consultationFields({ stage: null }) }
		]);
		workerCursor = (await pullRecords(worker.client)).cursor;
		// The coordinator answers the requester, and keeps a note for the coordinators.
		[sharedId = '', internalId = ''] = await coordinator.device.push([
			{ table: 'consultation_events', fields: note(caseId, true, 'Soitan huomenna.') },
			{ table: 'consultation_events', fields: note(caseId, false, 'Isä uhkaillut.') }
		]);
	});

	afterAll(async () => {
		await app?.stop();
	});

	it("sends the requester's devices the case and the notes for them, never a coordinators' internal note", async () => {
		const pulled = await pullRecords(worker.client, workerCursor);
		expect(sentIds(pulled.changes)).toEqual({ read: [sharedId], removed: [] });
		const everything = await pullRecords(worker.client);
		expect(everything.changes.map((change) => change.id)).not.toContain(internalId);
		expect(JSON.stringify(everything.changes)).not.toContain('Isä uhkaillut');
		workerCursor = pulled.cursor;

		// The coordinators of the county see it all, as does the admin.
		for (const reader of [coordinator, admin]) {
			const { changes } = await pullRecords(reader.client);
			expect(sentIds(changes).read).toEqual(expect.arrayContaining([caseId, sharedId, internalId]));
		}
	});

	it('pages past what it does not send: every page moves the cursor, and the last says so', async () => {
		// Many internal notes after the last thing the requester may read.
		await coordinator.device.push(
			Array.from({ length: 5 }, (_, index) => ({
				table: 'consultation_events',
				fields: note(caseId, false, `Sisäinen ${index}`)
			}))
		);
		const pages: { sent: number; hasMore: boolean; cursor: string }[] = [];
		let cursor: string | undefined;
		for (let turn = 0; turn < 20; turn++) {
			const query = cursor ? `&since=${encodeURIComponent(cursor)}` : '';
			const page = await worker.client.get(`/api/v1/sync/pull?scope=records&limit=1${query}`);
			expect(page.status).toBe(200);
			pages.push({
				sent: page.body.changes.length,
				hasMore: page.body.hasMore,
				cursor: page.body.cursor
			});
			cursor = page.body.cursor;
			if (!page.body.hasMore) break;
		}
		const last = pages.at(-1)!;
		expect(last.hasMore).toBe(false);
		// The case and the shared note, one a page; then one page that finds nothing more.
		expect(pages.map((page) => page.sent)).toEqual([1, 1, 0]);
		// A pull from the end finds nothing, and keeps its cursor.
		const after = await worker.client.get(
			`/api/v1/sync/pull?scope=records&limit=1&since=${encodeURIComponent(last.cursor)}`
		);
		expect(after.body).toMatchObject({ changes: [], hasMore: false, cursor: last.cursor });
	});

	it('announces with each page how many records are still to come, counting only what the person receives', async () => {
		for (const [reader, sentToWorker] of [
			[worker, true],
			[coordinator, false]
		] as const) {
			const pages: { sent: number; remaining: number }[] = [];
			let cursor: string | undefined;
			for (let turn = 0; turn < 200; turn++) {
				const query = cursor ? `&since=${encodeURIComponent(cursor)}` : '';
				const page = await reader.client.get(`/api/v1/sync/pull?scope=records&limit=7${query}`);
				expect(page.status).toBe(200);
				pages.push({ sent: page.body.changes.length, remaining: page.body.remaining });
				cursor = page.body.cursor;
				if (!page.body.hasMore) break;
			}
			// Each page's count is exactly what the later pages send: the same reach as the page.
			const later = pages.map((_, index) =>
				pages.slice(index + 1).reduce((sum, page) => sum + page.sent, 0)
			);
			expect(pages.map((page) => page.remaining)).toEqual(later);
			// The requester is told of the case and the shared note, never of the internal notes.
			const total = pages[0]!.sent + pages[0]!.remaining;
			if (sentToWorker) expect(total).toBe(2);
			else expect(total).toBeGreaterThanOrEqual(8);
		}
	});

	it("removes a note from the requester's devices once a coordinator stops showing it to them, and brings it back", async () => {
		const before = (await pullRecords(worker.client, workerCursor)).cursor;
		await coordinator.device.push([
			{
				op: 'update',
				table: 'consultation_events',
				id: sharedId,
				baseVersion: 1,
				fields: { forRequester: false }
			}
		]);
		const hidden = await pullRecords(worker.client, before);
		expect(hidden.changes).toEqual([
			{
				table: 'consultation_events',
				id: sharedId,
				version: 2,
				deleted: true,
				flagged: false,
				data: null
			}
		]);
		// …and a device starting afresh gets no more than that removal.
		expect(sentIds((await pullRecords(worker.client)).changes).read).not.toContain(sharedId);
		// The coordinators keep it, now internal.
		const coordinators = await pullRecords(coordinator.client);
		expect(coordinators.changes.find((change) => change.id === sharedId)).toMatchObject({
			deleted: false,
			data: { forRequester: false, text: 'Soitan huomenna.' }
		});

		await coordinator.device.push([
			{
				op: 'update',
				table: 'consultation_events',
				id: sharedId,
				baseVersion: 2,
				fields: { forRequester: true }
			}
		]);
		const shown = await pullRecords(worker.client, hidden.cursor);
		expect(shown.changes).toMatchObject([
			{ id: sharedId, deleted: false, data: { forRequester: true, text: 'Soitan huomenna.' } }
		]);
	});

	it('lets only a coordinator change who sees a note, and nothing else of a timeline entry', async () => {
		const change = (fields: Record<string, unknown>, op: 'update' | 'delete' = 'update') => ({
			op,
			table: 'consultation_events',
			id: sharedId,
			baseVersion: 3,
			fields
		});
		const refusals: [TestDevice, ReturnType<typeof change>, RegExp, string][] = [
			[worker.device, change({ forRequester: false }), /only a coordinator/, 'coordinator_only'],
			[coordinator.device, change({ text: 'Muutettu' }), /append-only/, 'append_only'],
			[
				coordinator.device,
				change({ forRequester: false, text: 'Muutettu' }),
				/append-only/,
				'append_only'
			],
			[coordinator.device, change({}, 'delete'), /append-only/, 'append_only']
		];
		for (const [device, mutation, sentence, reason] of refusals) {
			const [result] = await device.results([mutation]);
			expect(result).toMatchObject({
				status: 'rejected',
				error: expect.stringMatching(sentence),
				reason
			});
		}
		const [row] = await app.select<{ version: number; data: string }>(
			`SELECT version, data FROM records WHERE id = '${sharedId}'`
		);
		expect(Number(row!.version)).toBe(3);
		expect(JSON.parse(row!.data)).toMatchObject({ forRequester: true, text: 'Soitan huomenna.' });
	});

	it("audits every pull page that gives someone other people's records: who, which ids, which device, when", async () => {
		const auditRows = async (actorId: string) =>
			(
				await app.select<{ client_id: string; fields: string; at: string }>(
					`SELECT client_id, fields, at FROM audit_log WHERE action = 'records.received' AND actor_id = '${actorId}' ORDER BY at`
				)
			).map((row) => ({ ...row, ids: JSON.parse(row.fields) as string[] }));
		const me = async (client: ApiClient) => (await client.get('/api/v1/me')).body.user.id as string;
		const coordinatorId = await me(coordinator.client);
		const workerId = await me(worker.client);

		const before = (await auditRows(coordinatorId)).length;
		const { changes } = await pullRecords(coordinator.client);
		const pages = (await auditRows(coordinatorId)).slice(before);
		expect(pages.length).toBeGreaterThan(0);
		for (const page of pages) expect(page.client_id).toBe(coordinator.device.clientId);
		// Every record with content that is someone else's (the worker's case and all on it) or
		// that someone else wrote; the demo's records are the coordinator's own.
		const others = changes
			.filter(
				(change) =>
					change.data &&
					(change.id === caseId ||
						change.data.consultationId === caseId ||
						change.data.createdBy !== coordinatorId)
			)
			.map((change) => change.id);
		expect(others).toEqual(expect.arrayContaining([caseId, sharedId, internalId]));
		expect(pages.flatMap((page) => page.ids).sort()).toEqual([...others].sort());

		// A worker pulling only their own records leaves no such row.
		const fresh = await personWithDevice(app, demo.worker);
		const workerRowsBefore = (await auditRows(workerId)).length;
		await fresh.client.get(`/api/v1/sync/pull?scope=records&limit=1`);
		expect(await auditRows(workerId)).toHaveLength(workerRowsBefore);
	});

	it('answers "who has seen this case?" in the admin\'s audit view, the timeline\'s entries counted as the case', async () => {
		const me = async (client: ApiClient) => (await client.get('/api/v1/me')).body.user.id as string;
		const [coordinatorId, adminId, workerId] = await Promise.all([
			me(coordinator.client),
			me(admin.client),
			me(worker.client)
		]);
		const answer = await admin.client.get(`/api/v1/admin/audit?recordId=${caseId}`);
		expect(answer.status).toBe(200);
		const entries = answer.body.entries as {
			actorId: string;
			action: string;
			clientId: string | null;
			recordId: string | null;
			fields: string[];
		}[];
		const seenBy = new Set(
			entries.filter((entry) => entry.action === 'records.received').map((entry) => entry.actorId)
		);
		// The coordinator and the admin pulled the case; the requester, the coordinator's notes.
		expect(seenBy).toEqual(new Set([coordinatorId, adminId, workerId]));
		const coordinatorPages = entries.filter(
			(entry) => entry.action === 'records.received' && entry.actorId === coordinatorId
		);
		expect(coordinatorPages.every((entry) => entry.clientId === coordinator.device.clientId)).toBe(
			true
		);
		expect(coordinatorPages.flatMap((entry) => entry.fields)).toEqual(
			expect.arrayContaining([caseId, internalId])
		);
		// Writes: the worker's request, and the coordinator's notes on it (by the case's id).
		const writes = entries.filter((entry) => entry.action === 'record.write');
		expect(writes).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ actorId: workerId, recordId: caseId }),
				expect.objectContaining({ actorId: coordinatorId, recordId: internalId }),
				expect.objectContaining({ actorId: coordinatorId, recordId: sharedId })
			])
		);
		// An entry's own id finds its rows too.
		const byNote = await admin.client.get(`/api/v1/admin/audit?recordId=${internalId}`);
		expect(byNote.body.entries.length).toBeGreaterThan(0);
		expect(
			(byNote.body.entries as { recordId: string | null; fields: string[] }[]).every(
				(entry) => entry.recordId === internalId || entry.fields.includes(internalId)
			)
		).toBe(true);
		// An unknown id: nothing.
		const unknown = await admin.client.get(`/api/v1/admin/audit?recordId=${uuidv7()}`);
		expect(unknown.body.entries).toEqual([]);
		// The CSV answers the same question.
		const csv = await admin.client.get(`/api/v1/admin/audit?recordId=${caseId}&format=csv`);
		expect(csv.status).toBe(200);
		expect(csv.text).toContain('records.received');
	});

	it('refuses a recordId that is empty, too long or not an id', async () => {
		for (const bad of ['', '%20', 'x'.repeat(101), '%00', "'%20or%201=1--", 'a%0Ab']) {
			const answer = await admin.client.get(`/api/v1/admin/audit?recordId=${bad}`);
			expect(answer.status, bad).toBe(400);
			expect(answer.body.code, bad).toBe('invalid_input');
		}
	});
});

describe.each(testDatabaseKinds())(
	'upgrading a database whose phones hold internal notes, on %s',
	(kind) => {
		let handle: DatabaseHandle;
		let close: () => Promise<void>;
		const worker: Actor = { userId: 'worker-1', role: 'worker', countyId: 'pirkanmaa' };
		const coordinator: Actor = { userId: 'coord-1', role: 'coordinator', countyId: 'pirkanmaa' };
		const ids = { case: uuidv7(), shared: uuidv7(), internal: uuidv7(), own: uuidv7() };

		beforeAll(async () => {
			({ handle, close } = await databaseAt(kind, '0006-stats-retention'));
			const row = (id: string, kind: string, seq: number, data: Record<string, unknown>) => ({
				id,
				kind,
				owner_id: worker.userId,
				county_id: 'pirkanmaa',
				version: 1,
				seq,
				deleted: 0,
				flagged: 0,
				updated_at: '2026-11-03T09:00:00.000Z',
				data: JSON.stringify({ ...data, countyId: 'pirkanmaa' }),
				stamps: '{}'
			});
			const event = (consultationId: string, forRequester: boolean, createdBy: string) => ({
				consultationId,
				type: 'note',
				text: 'x',
				forRequester,
				createdBy
			});
			await handle.db
				.insertInto('records')
				.values([
					row(ids.case, 'consultations', 1, { createdBy: worker.userId }),
					row(ids.shared, 'consultation_events', 2, event(ids.case, true, coordinator.userId)),
					row(ids.internal, 'consultation_events', 3, event(ids.case, false, coordinator.userId)),
					row(ids.own, 'consultation_events', 4, event(ids.case, false, worker.userId))
				])
				.execute();
			await handle.db.updateTable('counters').set({ value: 4 }).where('name', '=', 'seq').execute();
			await migrateToLatest(handle.db);
		});

		afterAll(async () => {
			await close?.();
		});

		it("sends the requester's phones a removal of the internal notes they received before", async () => {
			// A phone that had pulled everything before the upgrade (cursor at seq 4).
			const since = await recordChangesSince(handle.db, worker, 4, 100);
			expect(since.changes).toEqual([
				{
					table: 'consultation_events',
					id: ids.internal,
					version: 1,
					deleted: true,
					flagged: false,
					data: null
				}
			]);
			const fresh = await recordChangesSince(handle.db, worker, 0, 100);
			expect(fresh.changes.filter((change) => change.data).map((change) => change.id)).toEqual([
				ids.case,
				ids.shared,
				ids.own
			]);
			// The coordinators get the note again, whole.
			const coordinators = await recordChangesSince(handle.db, coordinator, 4, 100);
			expect(coordinators.changes).toMatchObject([
				{ id: ids.internal, deleted: false, data: { forRequester: false } }
			]);
		});
	}
);
