import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, newClientId, signIn, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';

const contact = (overrides: Record<string, unknown> = {}) => ({
	channel: 'phone',
	sourceType: 'child-protection',
	themes: ['demanding-separation'],
	note: 'Huoltoriita jumissa',
	followUp: true,
	occurredAt: '2026-11-25T09:00:00.000Z',
	createdBy: 'ignored',
	countyId: 'pirkanmaa',
	...overrides
});

let nextMid = new Map<string, number>();
const mutation = (
	clientId: string,
	op: 'insert' | 'update' | 'delete',
	id: string,
	fields: Record<string, unknown>,
	baseVersion: number | null = null,
	mid?: number
) => {
	const value = mid ?? (nextMid.get(clientId) ?? 0) + 1;
	nextMid.set(clientId, Math.max(value, nextMid.get(clientId) ?? 0));
	return {
		mid: value,
		op,
		table: 'contacts',
		id,
		baseVersion,
		fields,
		clientTs: new Date().toISOString()
	};
};

describe.each(testDatabaseKinds())('sync push on %s', (kind) => {
	let app: TestApp;
	let worker: ApiClient;
	let coordinator: ApiClient;
	let workerPhone: string;
	let coordinatorDesk: string;

	const push = (client: ApiClient, clientId: string, mutations: unknown[]) =>
		client.post('/api/v1/sync/push', { clientId, schemaVersion: 5, mutations });

	beforeAll(async () => {
		nextMid = new Map();
		app = await startApp(kind);
		worker = await signIn(app, demo.worker);
		coordinator = await signIn(app, demo.coordinator);
		workerPhone = newClientId();
		coordinatorDesk = newClientId();
		expect((await worker.post('/api/v1/devices', { clientId: workerPhone })).status).toBe(200);
		expect((await coordinator.post('/api/v1/devices', { clientId: coordinatorDesk })).status).toBe(
			200
		);
	});
	afterAll(async () => {
		await app?.stop();
	});

	it('applies an insert once: a retry of the same batch is a duplicate', async () => {
		const id = newClientId();
		const batch = [mutation(workerPhone, 'insert', id, contact())];
		const first = await push(worker, workerPhone, batch);
		expect(first.status).toBe(200);
		expect(first.body.results).toEqual([{ mid: batch[0]!.mid, status: 'applied', version: 1 }]);
		const again = await push(worker, workerPhone, batch);
		expect(again.body.results).toEqual([{ mid: batch[0]!.mid, status: 'duplicate' }]);
		expect(again.body.lastMutationId).toBe(batch[0]!.mid);
		// Once, by id: the demo data holds records of its own (src/lib/server/demo/pilot-records.ts).
		expect(await app.select(`SELECT id FROM records WHERE id = '${id}'`)).toHaveLength(1);
	});

	it('stops at a gap in the mutation ids and applies nothing after it', async () => {
		const last = nextMid.get(workerPhone)!;
		const answer = await push(worker, workerPhone, [
			mutation(workerPhone, 'insert', newClientId(), contact(), null, last + 2)
		]);
		expect(answer.status).toBe(200);
		expect(answer.body).toMatchObject({ lastMutationId: last, results: [] });
		nextMid.set(workerPhone, last);
	});

	it("applies none of a new device's second batch that overtakes its first, then both in order", async () => {
		// Found by sync-faults (seed 1639479520): the server once took the first mid a device sent
		// in an epoch as where its numbering starts, so the overtaken first batch came back as
		// "duplicate" — acknowledged, never applied.
		const phone = newClientId();
		expect((await worker.post('/api/v1/devices', { clientId: phone })).status).toBe(200);
		const page = await worker.get('/api/v1/sync/pull?scope=records&limit=1', {
			headers: { 'x-lahelle-client': phone }
		});
		const epoch = (page.body as { epoch: string }).epoch;
		expect(epoch).toEqual(expect.any(String));
		const [first, second] = [newClientId(), newClientId()].map((id, at) =>
			mutation(phone, 'insert', id, contact(), null, at + 1)
		);
		const send = (mutations: unknown[]) =>
			worker.post('/api/v1/sync/push', { clientId: phone, schemaVersion: 5, epoch, mutations });
		const overtaking = await send([second]);
		expect(overtaking.status).toBe(200);
		expect(overtaking.body).toMatchObject({ lastMutationId: 0, results: [] });
		expect(await app.select(`SELECT id FROM records WHERE id = '${second!.id}'`)).toHaveLength(0);
		const inOrder = await send([first, second]);
		expect(inOrder.body.results).toEqual([
			{ mid: 1, status: 'applied', version: 1 },
			{ mid: 2, status: 'applied', version: 1 }
		]);
		const ids = `'${first!.id}', '${second!.id}'`;
		expect(await app.select(`SELECT id FROM records WHERE id IN (${ids})`)).toHaveLength(2);
	});

	it('keeps both sides of a field changed on two devices: the server value stays, the other is a conflict', async () => {
		const id = newClientId();
		await push(worker, workerPhone, [mutation(workerPhone, 'insert', id, contact())]);
		// The coordinator sees it in the records pull and changes the follow-up flag.
		const pulled = await coordinator.get('/api/v1/sync/pull?scope=records');
		expect(pulled.body.changes.map((change: { id: string }) => change.id)).toContain(id);
		const desk = await push(coordinator, coordinatorDesk, [
			mutation(coordinatorDesk, 'update', id, { followUp: false }, 1)
		]);
		expect(desk.body.results[0]).toMatchObject({ status: 'applied', version: 2 });

		// The phone, still on version 1, changes the same field and the note.
		const phone = await push(worker, workerPhone, [
			mutation(workerPhone, 'update', id, { followUp: true, note: 'Uusi tieto' }, 1)
		]);
		expect(phone.body.results[0]).toMatchObject({
			status: 'conflict',
			version: 3,
			conflicts: ['followUp']
		});
		const conflicts = await app.select<{
			field: string;
			client_value: string;
			server_value: string;
		}>(`SELECT field, client_value, server_value FROM sync_conflicts WHERE record_id = '${id}'`);
		expect(conflicts).toEqual([{ field: 'followUp', client_value: 'true', server_value: 'false' }]);
		const [row] = await app.select<{ data: string; flagged: number }>(
			`SELECT data, flagged FROM records WHERE id = '${id}'`
		);
		expect(JSON.parse(row!.data)).toMatchObject({ followUp: false, note: 'Uusi tieto' });
		expect(Number(row!.flagged)).toBe(1);
	});

	it('quarantines invalid and forbidden mutations with the reason, and the queue moves on', async () => {
		const before = nextMid.get(workerPhone)!;
		const answer = await push(worker, workerPhone, [
			mutation(workerPhone, 'insert', newClientId(), contact({ channel: 'pigeon' })),
			mutation(workerPhone, 'insert', newClientId(), contact({ countyId: 'lappi' })),
			mutation(workerPhone, 'insert', newClientId(), contact())
		]);
		expect(answer.body.results.map((r: { status: string }) => r.status)).toEqual([
			'rejected',
			'rejected',
			'applied'
		]);
		expect(answer.body.results[0].error).toMatch(/channel/);
		expect(answer.body.lastMutationId).toBe(before + 3);
		const quarantined = await app.select<{ reason: string }>(
			`SELECT reason FROM sync_quarantine ORDER BY mid`
		);
		expect(quarantined).toHaveLength(2);
	});

	it('tells a retry whose first answer was lost why a change of it was refused then', async () => {
		const batch = [
			mutation(workerPhone, 'insert', newClientId(), contact({ channel: 'pigeon' })),
			mutation(workerPhone, 'insert', newClientId(), contact())
		];
		const first = await push(worker, workerPhone, batch);
		const reason = first.body.results[0].error;
		expect(reason).toMatch(/channel/);
		// The code the device translates, beside the sentence (domain/sync/refusal.ts).
		expect(first.body.results[0]).toMatchObject({ status: 'rejected', reason: 'invalid' });
		// The answer never reached the device: it sends the batch again.
		const again = await push(worker, workerPhone, batch);
		expect(again.body.results).toEqual([
			{ mid: batch[0]!.mid, status: 'duplicate', error: reason, reason: 'invalid' },
			{ mid: batch[1]!.mid, status: 'duplicate' }
		]);
		// Not for another change that happens to carry the mid of a refused one (after a restore).
		const other = { ...batch[0]!, id: newClientId() };
		const renumbered = await push(worker, workerPhone, [other]);
		expect(renumbered.body.results).toEqual([{ mid: other.mid, status: 'duplicate' }]);
		expect(
			await app.select(`SELECT mid FROM sync_quarantine WHERE mid = ${batch[0]!.mid}`)
		).toHaveLength(1);
	});

	it('quarantines a change with U+0000 in a field name or value, keeps a storable reason, and applies the rest', async () => {
		const before = nextMid.get(workerPhone)!;
		const kept = newClientId();
		const fine = newClientId();
		const batch = [
			mutation(workerPhone, 'insert', newClientId(), { ...contact(), 'no\u0000te': 'x' }),
			mutation(workerPhone, 'insert', newClientId(), contact({ note: 'Huolto\u0000riita' })),
			mutation(workerPhone, 'insert', kept, contact()),
			{
				...mutation(workerPhone, 'update', kept, { note: 'Uusi' }, 1),
				resolves: ['no\u0000te']
			},
			mutation(workerPhone, 'insert', newClientId(), { ...contact(), ['\u0000'.repeat(60)]: 1 }),
			mutation(workerPhone, 'insert', fine, contact())
		];
		const answer = await push(worker, workerPhone, batch);
		expect(answer.status, answer.text).toBe(200);
		expect(answer.body.results.map((r: { status: string }) => r.status)).toEqual([
			'rejected',
			'rejected',
			'applied',
			'rejected',
			'rejected',
			'applied'
		]);
		expect(answer.body.lastMutationId).toBe(before + batch.length);
		expect(answer.text).not.toContain('\\u0000');
		const quarantined = await app.select<{ mid: number; reason: string; mutation: string }>(
			`SELECT mid, reason, mutation FROM sync_quarantine
				WHERE client_id = '${workerPhone}' AND mid > ${before} ORDER BY mid`
		);
		expect(quarantined.map((row) => Number(row.mid))).toEqual([1, 2, 4, 5].map((n) => before + n));
		for (const row of quarantined) {
			expect(row.reason).not.toContain('\u0000');
			// The mutation is kept whole, its U+0000 escaped by JSON.
			expect(JSON.parse(row.mutation).mid).toBe(Number(row.mid));
		}
		expect(
			await app.select(`SELECT id FROM records WHERE id IN ('${kept}', '${fine}')`)
		).toHaveLength(2);
		// The next push of the same device goes on from there.
		const next = await push(worker, workerPhone, [
			mutation(workerPhone, 'insert', newClientId(), contact())
		]);
		expect(next.body.results[0]).toMatchObject({ status: 'applied' });
	});

	it("keeps a short reason however much of the client's text a refusal could quote", async () => {
		const before = nextMid.get(workerPhone)!;
		const unknown = Object.fromEntries(
			Array.from({ length: 400 }, (_, index) => [`${'x'.repeat(55)}${index}`, index])
		);
		const answer = await push(worker, workerPhone, [
			mutation(workerPhone, 'insert', newClientId(), { ...contact(), ...unknown }),
			mutation(workerPhone, 'insert', newClientId(), contact())
		]);
		expect(answer.body.results.map((r: { status: string }) => r.status)).toEqual([
			'rejected',
			'applied'
		]);
		expect(answer.body.results[0].error.length).toBeLessThanOrEqual(500);
		const [row] = await app.select<{ reason: string }>(
			`SELECT reason FROM sync_quarantine WHERE client_id = '${workerPhone}' AND mid = ${before + 1}`
		);
		expect(row!.reason).toMatch(/^invalid: /);
		expect(row!.reason.length).toBeLessThanOrEqual(500);
	});

	it('answers a push nested thousands deep with 400, not a stack overflow, and the next push applies', async () => {
		const depth = 10_000;
		const deep = '['.repeat(depth) + ']'.repeat(depth);
		const at = (nextMid.get(workerPhone) ?? 0) + 1;
		for (const fields of [
			`{"note":${deep}}`,
			`{"a":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`
		]) {
			const raw = `{"clientId":"${workerPhone}","schemaVersion":5,"mutations":[{"mid":${at},"op":"insert","table":"contacts","id":"${newClientId()}","baseVersion":null,"fields":${fields},"clientTs":"${new Date().toISOString()}"}]}`;
			expect(raw.length).toBeLessThan(100_000);
			const answer = await worker.request('POST', '/api/v1/sync/push', { raw });
			expect(answer.status, answer.text.slice(0, 200)).toBe(400);
			expect(answer.body.code).toBe('too_deep');
		}
		const next = await push(worker, workerPhone, [
			mutation(workerPhone, 'insert', newClientId(), contact())
		]);
		expect(next.body.results[0]).toMatchObject({ mid: at, status: 'applied' });
	});

	it.each([
		['records', 'rec'],
		['reference', 'ref']
	])(
		'answers reset to a %s cursor past every change the server has numbered',
		async (scope, tag) => {
			// Its own cursor is never one: past the last page, the cursor stays put.
			let page = await worker.get(`/api/v1/sync/pull?scope=${scope}`);
			while (page.body.hasMore) {
				page = await worker.get(`/api/v1/sync/pull?scope=${scope}&since=${page.body.cursor}`);
			}
			const cursor = page.body.cursor as string;
			const last = await worker.get(`/api/v1/sync/pull?scope=${scope}&since=${cursor}`);
			expect(last.body).toMatchObject({ changes: [], cursor });
			expect(last.body.reset).toBeUndefined();
			const seq = parseInt(cursor.split('.')[1]!, 36);
			const [counter] = await app.select<{ value: number }>(
				`SELECT value FROM counters WHERE name = 'seq'`
			);
			for (const ahead of [
				`${tag}.zzzzzzzz`,
				`${tag}.${(Number(counter!.value) + 1).toString(36)}`
			]) {
				const answer = await worker.get(`/api/v1/sync/pull?scope=${scope}&since=${ahead}`);
				expect(answer.status, ahead).toBe(200);
				expect(answer.body, ahead).toEqual({
					changes: [],
					cursor: `${tag}.0`,
					hasMore: false,
					reset: true,
					// Sent without the device's epoch: a made-up cursor starts no new epoch.
					epoch: expect.any(String)
				});
			}
			expect(seq).toBeLessThanOrEqual(Number(counter!.value));
		}
	);

	it('never lets an edit resurrect a deleted record', async () => {
		const id = newClientId();
		await push(worker, workerPhone, [mutation(workerPhone, 'insert', id, contact())]);
		const deleted = await push(worker, workerPhone, [mutation(workerPhone, 'delete', id, {}, 1)]);
		expect(deleted.body.results[0]).toMatchObject({ status: 'applied', version: 2 });
		const edit = await push(worker, workerPhone, [
			mutation(workerPhone, 'update', id, { note: 'takaisin?' }, 1)
		]);
		expect(edit.body.results[0]).toMatchObject({ status: 'rejected' });
		const pulled = await worker.get('/api/v1/sync/pull?scope=records');
		expect(pulled.body.changes.find((change: { id: string }) => change.id === id)).toMatchObject({
			deleted: true,
			data: null
		});
	});

	it("refuses another person's device id and keeps workers to their own records", async () => {
		const stolen = await push(worker, coordinatorDesk, [
			mutation(coordinatorDesk, 'insert', newClientId(), contact(), null, 999)
		]);
		expect(stolen.status).toBe(403);
		const othersRecords = await worker.get('/api/v1/sync/pull?scope=records');
		const workerId = (await worker.get('/api/v1/me')).body.user.id as string;
		const owners = await app.select<{ id: string; owner_id: string }>(
			'SELECT id, owner_id FROM records'
		);
		const mine = new Set(owners.filter((row) => row.owner_id === workerId).map((row) => row.id));
		for (const change of othersRecords.body.changes) expect(mine.has(change.id)).toBe(true);
	});

	it('audits every applied change by field name, never the values', async () => {
		const rows = await app.select<{ fields: string }>(
			`SELECT fields FROM audit_log WHERE action = 'record.write'`
		);
		expect(rows.length).toBeGreaterThan(3);
		expect(JSON.stringify(rows)).not.toContain('Huoltoriita');
	});
});
