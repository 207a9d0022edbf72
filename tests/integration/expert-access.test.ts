import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPerson, signIn, demo, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';
import {
	consultationFields,
	contactFields,
	noteEvent as note,
	pullRecords,
	TestDevice,
	type PulledChange
} from '../support/record-factories';

/** What a device holds after applying pulled changes in order: record id → data. */
function apply(held: Map<string, Record<string, unknown>>, changes: PulledChange[]) {
	for (const change of changes) {
		if (change.deleted || !change.data) held.delete(change.id);
		else held.set(change.id, change.data);
	}
	return held;
}

/**
 * Need to know (case-readers.ts): an expert's devices receive a case from the moment they
 * are assigned to it — also when their cursor has passed its rows — and removals when they
 * are unassigned; never the coordinators' internal notes, never a case not theirs. What
 * they write is a note on a case of theirs, nothing else.
 */
describe.each(testDatabaseKinds())('an expert’s need-to-know access on %s', (kind) => {
	let app: TestApp;
	let admin: ApiClient;
	let coordinator: TestDevice;
	let coordinatorClient: ApiClient;
	let worker: TestDevice;
	let expert: ApiClient & { userId: string };
	let expertDevice: TestDevice;
	let lawyerId: string;
	let caseId: string;
	let otherCaseId: string;
	let farCaseId: string;
	const timeline: Record<string, string> = {};
	/** The expert's device: its cursor and what it holds. */
	let cursor: string;
	const held = new Map<string, Record<string, unknown>>();

	beforeAll(async () => {
		app = await startApp(kind);
		admin = await signIn(app, demo.admin);
		coordinatorClient = await signIn(app, demo.coordinator);
		coordinator = await TestDevice.register(coordinatorClient);
		worker = await TestDevice.register(await signIn(app, demo.worker));
		const made = await admin.post('/api/v1/admin/directory/experts', {
			name: 'Laura Lakimies',
			title: 'Lakimies',
			organisation: 'Oikeusaputoimisto (demo)',
			countyId: 'pirkanmaa',
			roles: ['consulting-expert'],
			expertise: ['law'],
			languages: ['fi'],
			lastVerified: '2026-01-15'
		});
		expect(made.status).toBe(201);
		lawyerId = made.body.entry.id;
		expert = await newPerson(app, admin, {
			role: 'expert',
			countyId: 'pirkanmaa',
			expertId: lawyerId
		});
		expertDevice = await TestDevice.register(expert);

		// The worker's request, with a timeline, before anyone assigns the lawyer.
		const request = consultationFields({ stage: null });
		caseId = (await worker.push([{ table: 'consultations', fields: request }]))[0]!;
		otherCaseId = (await worker.push([{ table: 'consultations', fields: request }]))[0]!;
		const [forRequester, internal] = await coordinator.push([
			{ table: 'consultation_events', fields: note(caseId, true, 'Vastaus pyytäjälle') },
			{ table: 'consultation_events', fields: note(caseId, false, 'Sisäinen huomio') }
		]);
		timeline.forRequester = forRequester!;
		timeline.internal = internal!;
		// A case of another county, assigned to the same lawyer by its admin: theirs to read too.
		const far = await TestDevice.register(admin);
		const lappi = consultationFields({ countyId: 'lappi' });
		farCaseId = (await far.push([{ table: 'consultations', fields: lappi }]))[0]!;

		// The expert's device syncs once: nothing is theirs yet, and its cursor passes every row.
		const first = await pullRecords(expert);
		expect(first.changes).toEqual([]);
		cursor = first.cursor;
	});

	afterAll(async () => {
		await app?.stop();
	});

	const pullExpert = async () => {
		const page = await pullRecords(expert, cursor);
		cursor = page.cursor;
		apply(held, page.changes);
		return page.changes;
	};

	it('receives nothing of a case they are not assigned to', async () => {
		expect(await pullExpert()).toEqual([]);
		const refused = await expertDevice.results([
			{ table: 'consultation_events', fields: note(caseId, false) }
		]);
		expect(refused[0]).toMatchObject({
			status: 'rejected',
			error: expect.stringMatching(/assigned/)
		});
	});

	it('receives the case and its timeline once assigned, though its cursor passed them', async () => {
		await coordinator.push([
			{
				op: 'update',
				table: 'consultations',
				id: caseId,
				baseVersion: 1,
				fields: { assigneeIds: [lawyerId] }
			}
		]);
		const changes = await pullExpert();
		expect(changes.map((change) => change.id).sort()).toEqual(
			[caseId, timeline.forRequester].sort()
		);
		expect([...held.keys()].sort()).toEqual([caseId, timeline.forRequester].sort());
		expect(held.get(caseId)).toMatchObject({ question: 'Miten edetään?' });
		// The internal note and the other case never reach the expert.
		expect(held.has(timeline.internal!)).toBe(false);
		expect(held.has(otherCaseId)).toBe(false);
	});

	it('audits every read of the case by the expert', async () => {
		const reads = await app.select<{ actor_id: string }>(
			`SELECT a.actor_id FROM audit_log a JOIN audit_records r ON r.audit_id = a.id
			 WHERE a.action = 'records.received' AND r.record_id = '${caseId}'`
		);
		expect(reads.map((row) => row.actor_id)).toContain(expert.userId);
	});

	it('adds a note to the case, which the coordinator reads and the requester does not', async () => {
		const written = note(caseId, false, 'Juridinen näkökulma');
		timeline.expertNote = (
			await expertDevice.push([{ table: 'consultation_events', fields: written }])
		)[0]!;
		const coordinatorHas = apply(new Map(), (await pullRecords(coordinatorClient)).changes);
		expect(coordinatorHas.get(timeline.expertNote!)).toMatchObject({
			text: 'Juridinen näkökulma',
			createdBy: expert.userId
		});
		const requesterHas = apply(
			new Map(),
			(await pullRecords(await signIn(app, demo.worker))).changes
		);
		expect(requesterHas.has(timeline.expertNote!)).toBe(false);
		await pullExpert();
		expect(held.has(timeline.expertNote!)).toBe(true);
	});

	it('writes nothing else: no case change, no contact, no note shown to the requester', async () => {
		const results = await expertDevice.results([
			{
				op: 'update',
				table: 'consultations',
				id: caseId,
				baseVersion: 2,
				fields: { stage: 'plan' }
			},
			{ table: 'contacts', fields: contactFields() },
			{ table: 'consultation_events', fields: note(caseId, true) },
			{ table: 'consultation_events', fields: note(otherCaseId, false) }
		]);
		expect(results.map((result) => result.status)).toEqual([
			'rejected',
			'rejected',
			'rejected',
			'rejected'
		]);
		const [stored] = await app.select<{ data: string }>(
			`SELECT data FROM records WHERE id = '${caseId}'`
		);
		expect(JSON.parse(stored!.data).stage).toBeNull();
	});

	it("records their own answers given, merged with the coordinator's, read by the requester", async () => {
		const versionOf = async (id: string) =>
			Number(
				(
					await app.select<{ version: number }>(`SELECT version FROM records WHERE id = '${id}'`)
				)[0]!.version
			);
		const answer = (kind: string, text: string, recordedBy: string, giverId: string | null) => ({
			id: crypto.randomUUID(),
			kind,
			text,
			giverId,
			at: new Date().toISOString(),
			recordedBy
		});
		const base = await versionOf(caseId);
		const groupAnswer = answer('statement', 'Ryhmän lausunto', 'coordinator', null);
		await coordinator.push([
			{
				op: 'update',
				table: 'consultations',
				id: caseId,
				baseVersion: base,
				fields: { outputs: [groupAnswer] }
			}
		]);
		// The expert's device had not seen it: its list merges item by item, and the expert's
		// change to the coordinator's answer is not theirs to make.
		const own = answer('recommendation', 'Suositus: tapaamisoikeus ensin', expert.userId, lawyerId);
		const [merged] = await expertDevice.results([
			{
				op: 'update',
				table: 'consultations',
				id: caseId,
				baseVersion: base,
				fields: { outputs: [{ ...groupAnswer, text: 'Muutettu' }, own] }
			}
		]);
		expect(merged).toMatchObject({ status: 'applied' });
		const stored = async () =>
			JSON.parse(
				(await app.select<{ data: string }>(`SELECT data FROM records WHERE id = '${caseId}'`))[0]!
					.data
			).outputs;
		expect(await stored()).toEqual([groupAnswer, own]);
		const requesterHas = apply(
			new Map(),
			(await pullRecords(await signIn(app, demo.worker))).changes
		);
		expect(requesterHas.get(caseId)?.outputs).toEqual([groupAnswer, own]);

		// Taking back: only their own goes.
		const [removed] = await expertDevice.results([
			{
				op: 'update',
				table: 'consultations',
				id: caseId,
				baseVersion: await versionOf(caseId),
				fields: { outputs: [] }
			}
		]);
		expect(removed).toMatchObject({ status: 'applied' });
		expect(await stored()).toEqual([groupAnswer]);
		// The requester records no answers.
		const [refused] = await worker.results([
			{
				op: 'update',
				table: 'consultations',
				id: caseId,
				baseVersion: await versionOf(caseId),
				fields: { outputs: [own] }
			}
		]);
		expect(refused).toMatchObject({
			status: 'rejected',
			error: 'only a coordinator may set outputs'
		});
		await pullExpert();
	});

	it('receives a case of another county it is assigned to, and an entry added later', async () => {
		const far = await TestDevice.register(admin);
		await far.push([
			{
				op: 'update',
				table: 'consultations',
				id: farCaseId,
				baseVersion: 1,
				fields: { assigneeIds: [lawyerId] }
			}
		]);
		const [later] = await coordinator.push([
			{ table: 'consultation_events', fields: note(caseId, true, 'Myöhempi vastaus') }
		]);
		await pullExpert();
		expect(held.has(farCaseId)).toBe(true);
		expect(held.has(later!)).toBe(true);
		timeline.later = later!;
	});

	it('is sent removals of the case and its timeline once unassigned', async () => {
		const version = (
			await app.select<{ version: number }>(`SELECT version FROM records WHERE id = '${caseId}'`)
		)[0]!.version;
		await coordinator.push([
			{
				op: 'update',
				table: 'consultations',
				id: caseId,
				baseVersion: Number(version),
				fields: { assigneeIds: [] }
			}
		]);
		const changes = await pullExpert();
		const removed = changes.filter((change) => change.deleted).map((change) => change.id);
		expect(removed.sort()).toEqual(
			[caseId, timeline.forRequester, timeline.expertNote, timeline.later].sort()
		);
		expect(changes.every((change) => change.data === null)).toBe(true);
		// Only the case of the other county is left on the device.
		expect([...held.keys()]).toEqual([farCaseId]);
	});

	it('quarantines a note written offline on the case after it was unassigned', async () => {
		const [result] = await expertDevice.results([
			{ table: 'consultation_events', fields: note(caseId, false, 'Kirjoitettu ilman yhteyttä') }
		]);
		expect(result).toMatchObject({
			status: 'rejected',
			error: 'not assigned to this case (any more): the note stays on your device'
		});
		const quarantined = await app.select<{ mutation: string }>(
			`SELECT mutation FROM sync_quarantine WHERE user_id = '${expert.userId}'`
		);
		expect(quarantined.some((row) => row.mutation.includes('Kirjoitettu ilman yhteyttä'))).toBe(
			true
		);
		expect(await app.select(`SELECT id FROM records WHERE data LIKE '%Kirjoitettu%'`)).toEqual([]);
	});

	it('reads a case set for a group the expert sits in, and loses it with the group', async () => {
		const group = await admin.post('/api/v1/admin/directory/groups', {
			name: 'Vaativien erotilanteiden asiantuntijaryhmä (testi)',
			countyId: 'pirkanmaa',
			topics: ['law'],
			memberIds: [lawyerId],
			mobilePairIds: [],
			meeting: { weekday: 2, everyWeeks: 2, anchor: '2026-01-06', start: '13:00', end: '15:00' },
			lastVerified: '2026-01-15'
		});
		expect(group.status).toBe(201);
		await coordinator.push([
			{
				op: 'update',
				table: 'consultations',
				id: otherCaseId,
				baseVersion: 1,
				fields: { groupId: group.body.entry.id }
			}
		]);
		await pullExpert();
		expect(held.has(otherCaseId)).toBe(true);
		await coordinator.push([
			{
				op: 'update',
				table: 'consultations',
				id: otherCaseId,
				baseVersion: 2,
				fields: { groupId: null }
			}
		]);
		await pullExpert();
		expect(held.has(otherCaseId)).toBe(false);
	});

	it('lets the mobile pair of the group mark a case ready for it, and no other expert', async () => {
		const pairEntry = await admin.post('/api/v1/admin/directory/experts', {
			name: 'Petra Parityö',
			title: 'Sosiaalityöntekijä',
			organisation: 'Jalkautuva työpari',
			countyId: 'pirkanmaa',
			roles: ['mobile-pair'],
			expertise: ['child-protection'],
			languages: ['fi'],
			lastVerified: '2026-01-15'
		});
		expect(pairEntry.status).toBe(201);
		const pairId = pairEntry.body.entry.id;
		const pair = await TestDevice.register(
			await newPerson(app, admin, { role: 'expert', countyId: 'pirkanmaa', expertId: pairId })
		);
		const group = await admin.post('/api/v1/admin/directory/groups', {
			name: 'Asialistan testiryhmä',
			countyId: 'pirkanmaa',
			topics: ['law'],
			memberIds: [lawyerId],
			mobilePairIds: [pairId],
			meeting: { weekday: 3, everyWeeks: 2, anchor: '2026-01-07', start: '13:00', end: '15:00' },
			lastVerified: '2026-01-15'
		});
		expect(group.status).toBe(201);
		const versionOf = async () =>
			Number(
				(
					await app.select<{ version: number }>(
						`SELECT version FROM records WHERE id = '${otherCaseId}'`
					)
				)[0]!.version
			);
		const stored = async () =>
			JSON.parse(
				(
					await app.select<{ data: string }>(`SELECT data FROM records WHERE id = '${otherCaseId}'`)
				)[0]!.data
			).readyForGroup;
		const update = async (fields: Record<string, unknown>) => ({
			op: 'update' as const,
			table: 'consultations' as const,
			id: otherCaseId,
			baseVersion: await versionOf(),
			fields
		});
		const mark = (by: string) => ({ readyForGroup: { at: new Date().toISOString(), by } });

		// The coordinator sets the case for the group and marks it ready, then takes it back.
		await coordinator.push([await update({ groupId: group.body.entry.id, ...mark('c') })]);
		expect(await stored()).toMatchObject({ by: 'c' });
		await coordinator.push([await update({ readyForGroup: null })]);
		expect(await stored()).toBeNull();

		// A member of the group reads the case but does not prepare it; the mobile pair does.
		const [byMember] = await expertDevice.results([await update(mark(expert.userId))]);
		expect(byMember).toMatchObject({ status: 'rejected', error: expect.stringMatching(/notes/) });
		const [byPair] = await pair.results([await update(mark('pair'))]);
		expect(byPair).toMatchObject({ status: 'applied' });
		expect(await stored()).toMatchObject({ by: 'pair' });
		// Its other fields stay the coordinator's.
		const [stage] = await pair.results([await update({ stage: 'plan', ...mark('pair') })]);
		expect(stage).toMatchObject({ status: 'rejected' });
		// The requester neither.
		const [byRequester] = await worker.results([await update({ readyForGroup: null })]);
		expect(byRequester).toMatchObject({
			status: 'rejected',
			error: 'only a coordinator may set readyForGroup'
		});
	});
});
