import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyConsultation } from '$lib/domain/schemas/consultation';
import { demo, newClientId, signIn, uniqueEmail, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';

/** A full consultation request as a device sends it; a draft unless told otherwise. */
const request = (overrides: Record<string, unknown> = {}) => ({
	...emptyConsultation({
		createdAt: '2026-11-25T08:00:00.000Z',
		createdBy: 'ignored',
		countyId: 'pirkanmaa'
	}),
	urgency: 'urgent',
	requesterName: 'Testi Työntekijä',
	requesterPhone: '040 000 0001',
	requesterOrganisation: 'Perhesosiaalityö',
	childAgeGroup: '7-12',
	municipalityId: '837',
	themes: ['demanding-separation'],
	clientGroups: ['repeated-court-cases'],
	servicesInvolved: ['family-social-work', 'court'],
	stuck: 'Tapaamiset eivät toteudu',
	helpWanted: ['thinking-together'],
	...overrides
});

const event = (consultationId: string, overrides: Record<string, unknown> = {}) => ({
	consultationId,
	type: 'note',
	text: 'Viesti',
	forRequester: true,
	stage: null,
	consent: null,
	at: '2026-11-25T09:00:00.000Z',
	createdBy: 'ignored',
	countyId: 'pirkanmaa',
	...overrides
});

describe.each(testDatabaseKinds())('consultation requests through sync on %s', (kind) => {
	let app: TestApp;
	let worker: ApiClient;
	let coordinator: ApiClient;
	const devices = new Map<ApiClient, { clientId: string; mid: number }>();

	/** The worker sends a complete request, consent given. */
	const sendRequest = (id: string) =>
		push(
			worker,
			'consultations',
			'insert',
			id,
			request({
				status: 'submitted',
				consent: 'given',
				consentDate: '2026-11-24',
				consentMethod: 'in-person',
				question: 'Miten edetä?'
			})
		);

	async function push(
		client: ApiClient,
		table: string,
		op: 'insert' | 'update' | 'delete',
		id: string,
		fields: Record<string, unknown>,
		extra: Record<string, unknown> = {}
	) {
		const device = devices.get(client)!;
		device.mid += 1;
		const answer = await client.post('/api/v1/sync/push', {
			clientId: device.clientId,
			schemaVersion: 5,
			mutations: [
				{
					mid: device.mid,
					op,
					table,
					id,
					baseVersion: op === 'insert' ? null : ((extra.baseVersion as number) ?? 1),
					fields,
					clientTs: new Date().toISOString(),
					...(extra.resolves ? { resolves: extra.resolves } : {})
				}
			]
		});
		expect(answer.status).toBe(200);
		return answer.body.results[0] as {
			status: string;
			error?: string;
			version?: number;
			conflicts?: string[];
		};
	}

	beforeAll(async () => {
		app = await startApp(kind);
		worker = await signIn(app, demo.worker);
		coordinator = await signIn(app, demo.coordinator);
		for (const client of [worker, coordinator]) {
			const clientId = newClientId();
			expect((await client.post('/api/v1/devices', { clientId })).status).toBe(200);
			devices.set(client, { clientId, mid: 0 });
		}
	});
	afterAll(async () => {
		await app?.stop();
	});

	it('keeps an incomplete request as a draft, and refuses to send it without consent', async () => {
		const id = newClientId();
		expect(await push(worker, 'consultations', 'insert', id, request())).toMatchObject({
			status: 'applied'
		});
		const sent = await push(worker, 'consultations', 'update', id, {
			status: 'submitted',
			question: 'Miten tukea lasta?'
		});
		expect(sent.status).toBe('rejected');
		expect(sent.error).toContain('consent-not-asked');
		const [row] = await app.select<{ data: string }>(`SELECT data FROM records WHERE id = '${id}'`);
		expect(JSON.parse(row!.data).status).toBe('draft');
		expect(await app.count('sync_quarantine')).toBeGreaterThan(0);
	});

	it('requires a justification to proceed without consent, and accepts it with one', async () => {
		const id = newClientId();
		const without = request({
			status: 'submitted',
			consent: 'best-interest',
			question: 'Tarvitaanko lausunto?'
		});
		expect((await push(worker, 'consultations', 'insert', id, without)).error).toContain(
			'justification-missing'
		);
		const justified = await push(
			worker,
			'consultations',
			'insert',
			newClientId(),
			request({
				status: 'submitted',
				consent: 'best-interest',
				consentJustification: 'Lapsen turvallisuus vaarantuu, jos asiaa viivytetään.',
				question: 'Tarvitaanko lausunto?'
			})
		);
		expect(justified.status).toBe('applied');
	});

	/** A coordinator of `countyId` the admin adds, signed in with a password of their own. */
	async function newCoordinator(countyId: string) {
		const admin = await signIn(app, demo.admin);
		const email = uniqueEmail('coordinator');
		const created = await admin.post('/api/v1/admin/users', {
			name: 'Toinen Koordinaattori',
			email,
			role: 'coordinator',
			countyId
		});
		expect(created.status).toBe(201);
		const client = await signIn(app, email, created.body.temporaryPassword);
		const changed = await client.post('/api/v1/me/password', {
			currentPassword: created.body.temporaryPassword,
			newPassword: 'toinen-koordinaattori-2026'
		});
		expect(changed.status).toBe(200);
		return client;
	}

	/** Every record the client's devices receive, by id. */
	async function pullAll(client: ApiClient) {
		const found = new Map<string, { data: Record<string, unknown> }>();
		let since = '';
		for (;;) {
			const query = since ? `&since=${encodeURIComponent(since)}` : '';
			const page = await client.get(`/api/v1/sync/pull?scope=records${query}`);
			expect(page.status).toBe(200);
			for (const change of page.body.changes) found.set(change.id, change);
			if (!page.body.hasMore) return found;
			since = page.body.cursor;
		}
	}

	it('takes a case a coordinator opens from a call as received at once, never one without consent asked', async () => {
		/** A case as the desk opens it from a call: received, at heräte. */
		const fromCall = (overrides: Record<string, unknown>) =>
			request({
				status: 'submitted',
				stage: 'trigger',
				submittedAt: '2026-11-25T08:00:00.000Z',
				sourceContactId: newClientId(),
				...overrides
			});
		const anonymous = newClientId();
		const received = [
			[anonymous, fromCall({ consent: 'anonymous', question: '' })],
			[newClientId(), fromCall({ consent: 'given', consentDate: '2026-11-25', question: 'Q?' })],
			[newClientId(), fromCall({ consent: 'best-interest', question: '' })]
		] as const;
		for (const [id, fields] of received) {
			expect(await push(coordinator, 'consultations', 'insert', id, fields)).toMatchObject({
				status: 'applied'
			});
		}
		const notAsked = await push(
			coordinator,
			'consultations',
			'insert',
			newClientId(),
			fromCall({ consent: 'not-asked', question: 'Miten edetä?' })
		);
		expect(notAsked.status).toBe('rejected');
		expect(notAsked.error).toBe('incomplete: consent: consent-not-asked');

		// A requester still sends only a complete request, and none anonymous.
		const byWorker = await push(
			worker,
			'consultations',
			'insert',
			newClientId(),
			request({ status: 'submitted', consent: 'anonymous', question: 'Miten edetä?' })
		);
		expect(byWorker.error).toContain('consent-not-asked');
		const withoutMethod = await push(
			worker,
			'consultations',
			'insert',
			newClientId(),
			request({
				status: 'submitted',
				consent: 'given',
				consentDate: '2026-11-24',
				question: 'Miten edetä?'
			})
		);
		expect(withoutMethod.error).toContain('consent-method-missing');

		// The other coordinators of the area receive it with their next sync: one of the same
		// county, who may act on it, and one of a neighbouring county of the OT area.
		for (const countyId of ['pirkanmaa', 'kanta-hame']) {
			const other = await pullAll(await newCoordinator(countyId));
			expect(other.get(anonymous)?.data).toMatchObject({
				status: 'submitted',
				stage: 'trigger',
				consent: 'anonymous'
			});
		}

		// Completed later on the case page.
		expect(
			await push(coordinator, 'consultations', 'update', anonymous, { question: 'Miten edetä?' })
		).toMatchObject({ status: 'applied' });
	});

	it('lets a coordinator receive a draft an earlier desk left, once its consent is decided', async () => {
		const id = newClientId();
		const left = request({ stage: 'trigger', sourceContactId: newClientId() });
		expect(await push(coordinator, 'consultations', 'insert', id, left)).toMatchObject({
			status: 'applied'
		});
		const stillNotAsked = await push(coordinator, 'consultations', 'update', id, {
			status: 'submitted',
			submittedAt: '2026-11-26T08:00:00.000Z'
		});
		expect(stillNotAsked.error).toContain('consent-not-asked');
		expect(
			await push(coordinator, 'consultations', 'update', id, {
				status: 'submitted',
				submittedAt: '2026-11-26T08:00:00.000Z',
				consent: 'anonymous'
			})
		).toMatchObject({ status: 'applied' });
	});

	it('has no field for the child’s name or identity code', async () => {
		const answer = await push(
			worker,
			'consultations',
			'insert',
			newClientId(),
			request({ childName: 'Matti', identityCode: '010101-123A' })
		);
		expect(answer.status).toBe('rejected');
	});

	it('lets only a coordinator move the stage, and shows the coordinator’s notes to the requester', async () => {
		const id = newClientId();
		await sendRequest(id);
		const byWorker = await push(worker, 'consultations', 'update', id, { stage: 'plan' });
		expect(byWorker).toMatchObject({ status: 'rejected' });
		expect(byWorker.error).toContain('only a coordinator');
		const stageEventByWorker = await push(
			worker,
			'consultation_events',
			'insert',
			newClientId(),
			event(id, { type: 'stage', stage: 'plan' })
		);
		expect(stageEventByWorker.status).toBe('rejected');
		// Going past a stage is the coordinator's too.
		const skipByWorker = await push(
			worker,
			'consultation_events',
			'insert',
			newClientId(),
			event(id, { type: 'stage-skipped', stage: 'hypothesis' })
		);
		expect(skipByWorker.status).toBe('rejected');
		expect(
			await push(
				coordinator,
				'consultation_events',
				'insert',
				newClientId(),
				event(id, { type: 'stage-skipped', stage: 'hypothesis' })
			)
		).toMatchObject({ status: 'applied' });

		expect(
			await push(coordinator, 'consultations', 'update', id, { stage: 'buffer' })
		).toMatchObject({ status: 'applied' });
		const noteId = newClientId();
		expect(
			await push(
				coordinator,
				'consultation_events',
				'insert',
				noteId,
				event(id, { text: 'Taustatiedot koottu' })
			)
		).toMatchObject({ status: 'applied' });

		// The note belongs to the case's owner, so the requester's device pulls it.
		const pulled = await worker.get('/api/v1/sync/pull?scope=records&limit=1000');
		const note = pulled.body.changes.find((change: { id: string }) => change.id === noteId);
		expect(note?.data).toMatchObject({ text: 'Taustatiedot koottu', consultationId: id });
	});

	it('keeps the feedback the requester’s own: a coordinator cannot write it', async () => {
		const id = newClientId();
		await sendRequest(id);
		expect(
			await push(coordinator, 'consultations', 'update', id, { stage: 'feedback' })
		).toMatchObject({ status: 'applied' });
		const byCoordinator = await push(
			coordinator,
			'consultations',
			'update',
			id,
			{ feedbackRating: 5, feedbackComment: 'Erinomainen' },
			{ baseVersion: 2 }
		);
		expect(byCoordinator).toMatchObject({ status: 'rejected' });
		expect(byCoordinator.error).toContain('only the requester');
		expect(
			await push(worker, 'consultations', 'update', id, {
				feedbackRating: 4,
				feedbackComment: 'Hyvä suunnitelma'
			})
		).toMatchObject({ status: 'applied' });
		const pulled = await coordinator.get('/api/v1/sync/pull?scope=records&limit=1000');
		const stored = pulled.body.changes.find((change: { id: string }) => change.id === id);
		expect(stored?.data).toMatchObject({
			stage: 'feedback',
			feedbackRating: 4,
			feedbackComment: 'Hyvä suunnitelma'
		});
	});

	it('never changes or deletes a timeline entry', async () => {
		const caseId = newClientId();
		await push(worker, 'consultations', 'insert', caseId, request());
		const noteId = newClientId();
		await push(worker, 'consultation_events', 'insert', noteId, event(caseId));
		expect(
			await push(worker, 'consultation_events', 'update', noteId, { text: 'Muutettu' })
		).toMatchObject({ status: 'rejected' });
		expect(await push(worker, 'consultation_events', 'delete', noteId, {})).toMatchObject({
			status: 'rejected'
		});
		const [row] = await app.select<{ data: string }>(
			`SELECT data FROM records WHERE id = '${noteId}'`
		);
		expect(JSON.parse(row!.data).text).toBe('Viesti');
	});

	it('refuses an entry on a case the actor may not write', async () => {
		const caseId = newClientId();
		await push(coordinator, 'consultations', 'insert', caseId, request());
		// The worker neither owns the coordinator's case nor writes the county's records.
		const answer = await push(
			worker,
			'consultation_events',
			'insert',
			newClientId(),
			event(caseId)
		);
		expect(answer).toMatchObject({ status: 'rejected' });
	});

	it('settles a conflict only when a person chooses, and clears the flag', async () => {
		const id = newClientId();
		await push(worker, 'consultations', 'insert', id, request({ stuck: 'Alku' }));
		await push(coordinator, 'consultations', 'update', id, { stuck: 'Koordinaattorin teksti' });
		const clash = await push(worker, 'consultations', 'update', id, {
			stuck: 'Työntekijän teksti'
		});
		expect(clash).toMatchObject({ status: 'conflict', conflicts: ['stuck'] });
		const open = () =>
			app.select<{ resolution: string | null }>(
				`SELECT resolution FROM sync_conflicts WHERE record_id = '${id}'`
			);
		expect(await open()).toEqual([{ resolution: null }]);

		// "Keep both": the joined text, marked as settling the conflict.
		const both = 'Koordinaattorin teksti\n\n———\n\nTyöntekijän teksti';
		const settled = await push(
			worker,
			'consultations',
			'update',
			id,
			{ stuck: both },
			{ baseVersion: clash.version, resolves: ['stuck'] }
		);
		expect(settled.status).toBe('applied');
		expect(await open()).toEqual([{ resolution: 'mine' }]);
		const [row] = await app.select<{ data: string; flagged: number }>(
			`SELECT data, flagged FROM records WHERE id = '${id}'`
		);
		expect(JSON.parse(row!.data).stuck).toBe(both);
		expect(Number(row!.flagged)).toBe(0);
	});
});
