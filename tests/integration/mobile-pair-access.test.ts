import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '$lib/server/db/connect';
import { endCaseAccessIfDue } from '$lib/server/jobs/schedule';
import { demo, newPerson, signIn, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';
import {
	connectToApp,
	consultationFields,
	noteEvent as note,
	pullRecords,
	TestDevice,
	type PulledChange
} from '../support/record-factories';

const DAY_MS = 86_400_000;

/** What a device holds after applying pulled changes in order: record id → data. */
function apply(held: Map<string, Record<string, unknown>>, changes: PulledChange[]) {
	for (const change of changes) {
		if (change.deleted || !change.data) held.delete(change.id);
		else held.set(change.id, change.data);
	}
	return held;
}

/** A person's device that pulls from its own cursor, as a phone does, and what it holds. */
class Phone {
	cursor: string | undefined;
	readonly held = new Map<string, Record<string, unknown>>();
	constructor(readonly client: ApiClient & { userId: string }) {}
	async sync() {
		const page = await pullRecords(this.client, this.cursor);
		this.cursor = page.cursor;
		apply(this.held, page.changes);
		return page.changes;
	}
	cases() {
		return [...this.held.entries()].filter(([, data]) => !('consultationId' in data));
	}
}

/**
 * The mobile pair of a county (need-to-know.ts, case-readers.ts): their devices receive the
 * county's sent and open cases with their timelines but for the coordinators' internal notes —
 * never drafts, never another county's — and removals when the case has been closed past the
 * grace period or when their directory entry loses the role; what they prepare is the
 * background and the ready mark, besides notes and answers given.
 */
describe.each(testDatabaseKinds())('the mobile pair’s county view on %s', (kind) => {
	let app: TestApp;
	let handle: DatabaseHandle;
	let admin: ApiClient;
	let coordinator: TestDevice;
	let worker: TestDevice;
	let pair: Phone;
	let pairDevice: TestDevice;
	let farPair: Phone;
	let pairEntry: Record<string, unknown> & { id: string };
	const ids: Record<string, string | undefined> = {};
	const version = async (id: string) =>
		Number(
			(await app.select<{ version: number }>(`SELECT version FROM records WHERE id = '${id}'`))[0]!
				.version
		);
	const stored = async (id: string) =>
		JSON.parse(
			(await app.select<{ data: string }>(`SELECT data FROM records WHERE id = '${id}'`))[0]!.data
		) as Record<string, unknown>;

	/** A mobile-pair entry of the county with an expert's account linked to it. */
	async function mobilePair(countyId: string, name: string) {
		const made = await admin.post('/api/v1/admin/directory/experts', {
			name,
			title: 'Sosiaalityöntekijä',
			organisation: 'Jalkautuva työpari',
			countyId,
			roles: ['mobile-pair'],
			expertise: ['child-protection'],
			languages: ['fi'],
			lastVerified: '2026-01-15'
		});
		expect(made.status).toBe(201);
		const account = await newPerson(app, admin, {
			role: 'expert',
			countyId,
			expertId: made.body.entry.id
		});
		return { entry: made.body.entry, account };
	}

	beforeAll(async () => {
		app = await startApp(kind);
		handle = await connectToApp(app);
		admin = await signIn(app, demo.admin);
		coordinator = await TestDevice.register(await signIn(app, demo.coordinator));
		worker = await TestDevice.register(await signIn(app, demo.worker));
		const own = await mobilePair('pirkanmaa', 'Petra Parityö');
		pairEntry = own.entry;
		pair = new Phone(own.account);
		pairDevice = await TestDevice.register(own.account);
		farPair = new Phone((await mobilePair('kanta-hame', 'Kalle Kenttäpari')).account);

		[ids.open, ids.draft] = await worker.push([
			{ table: 'consultations', fields: consultationFields({ stage: null }) },
			{ table: 'consultations', fields: consultationFields({ status: 'draft', stage: null }) }
		]);
		[ids.forRequester, ids.internal] = await coordinator.push([
			{ table: 'consultation_events', fields: note(ids.open!, true, 'Vastaus pyytäjälle') },
			{ table: 'consultation_events', fields: note(ids.open!, false, 'Vain koordinaattoreille') }
		]);
		const far = await TestDevice.register(admin);
		[ids.far] = await far.push([
			{ table: 'consultations', fields: consultationFields({ countyId: 'kanta-hame' }) }
		]);
	});

	afterAll(async () => {
		await handle?.db.destroy();
		await app?.stop();
	});

	it("receives the county's open cases and their timelines, no draft, no internal note", async () => {
		await pair.sync();
		expect(pair.held.has(ids.open!)).toBe(true);
		expect(pair.held.get(ids.open!)).toMatchObject({ question: 'Miten edetään?' });
		expect(pair.held.has(ids.forRequester!)).toBe(true);
		expect(pair.held.has(ids.internal!)).toBe(false);
		expect(pair.held.has(ids.draft!)).toBe(false);
		expect(pair.held.has(ids.far!)).toBe(false);
		// Only sent, open cases of their own county, never a contact (the demo's too).
		for (const [, data] of pair.cases()) {
			expect(data).toMatchObject({ countyId: 'pirkanmaa', status: 'submitted' });
		}
		// The other county's mobile pair: that county's case only.
		await farPair.sync();
		expect(farPair.held.has(ids.far!)).toBe(true);
		expect(farPair.held.has(ids.open!)).toBe(false);
	});

	it('is audited as every expert read is', async () => {
		const reads = await app.select<{ actor_id: string }>(
			`SELECT a.actor_id FROM audit_log a JOIN audit_records r ON r.audit_id = a.id
			 WHERE a.action = 'records.received' AND r.record_id = '${ids.open}'`
		);
		expect(reads.map((row) => row.actor_id)).toContain(pair.client.userId);
	});

	it('receives a draft once it is sent, though its cursor passed it', async () => {
		await worker.push([
			{
				op: 'update',
				table: 'consultations',
				id: ids.draft!,
				baseVersion: 1,
				fields: { status: 'submitted' }
			}
		]);
		await pair.sync();
		expect(pair.held.get(ids.draft!)).toMatchObject({ status: 'submitted' });
	});

	it('completes the background, marks the case ready and adds a note; nothing else', async () => {
		const update = async (fields: Record<string, unknown>) => ({
			op: 'update' as const,
			table: 'consultations',
			id: ids.open!,
			baseVersion: await version(ids.open!),
			fields
		});
		const ready = { at: new Date().toISOString(), by: pair.client.userId };
		const [prepared] = await pairDevice.results([
			await update({
				background: 'Täydennetty: koulun ja perheneuvolan näkemys',
				readyForGroup: ready
			})
		]);
		expect(prepared).toMatchObject({ status: 'applied' });
		expect(await stored(ids.open!)).toMatchObject({
			background: 'Täydennetty: koulun ja perheneuvolan näkemys',
			readyForGroup: ready
		});
		const refused = await pairDevice.results([
			await update({ stage: 'plan' }),
			await update({ question: 'Toinen kysymys' }),
			{ table: 'consultation_events', fields: note(ids.far!, false) },
			{ table: 'consultation_events', fields: note(ids.open!, true) }
		]);
		expect(refused.map((result) => result.status)).toEqual([
			'rejected',
			'rejected',
			'rejected',
			'rejected'
		]);
		const [noted] = await pairDevice.push([
			{ table: 'consultation_events', fields: note(ids.open!, false, 'Työparin valmistelu') }
		]);
		ids.pairNote = noted!;
		await pair.sync();
		expect(pair.held.get(ids.pairNote)).toMatchObject({ text: 'Työparin valmistelu' });
	});

	it('loses the cases when the directory entry loses the role, and gets them back with it', async () => {
		const edit = (roles: string[]) =>
			admin.request('PUT', `/api/v1/admin/directory/experts/${pairEntry.id}`, {
				body: { ...entryFields(pairEntry), roles }
			});
		expect((await edit(['consulting-expert'])).status).toBe(200);
		const changes = await pair.sync();
		const removed = changes.filter((change) => change.deleted).map((change) => change.id);
		expect(removed).toEqual(
			expect.arrayContaining([ids.open, ids.draft, ids.forRequester, ids.pairNote])
		);
		expect(pair.cases()).toEqual([]);
		expect(pair.held.size).toBe(0);
		// A note written offline meanwhile is quarantined with a plain reason.
		const [late] = await pairDevice.results([
			{ table: 'consultation_events', fields: note(ids.open!, false, 'Kirjoitettu ilman verkkoa') }
		]);
		expect(late).toMatchObject({
			status: 'rejected',
			error: 'not assigned to this case (any more): the note stays on your device'
		});

		expect((await edit(['mobile-pair'])).status).toBe(200);
		await pair.sync();
		expect(pair.held.has(ids.open!)).toBe(true);
		expect(pair.held.has(ids.pairNote!)).toBe(true);
		expect(pair.held.has(ids.internal!)).toBe(false);
	});

	it('keeps a closed case for the grace period, then the device is sent removals', async () => {
		const closedAt = new Date().toISOString();
		await coordinator.push([
			{
				op: 'update',
				table: 'consultations',
				id: ids.open!,
				baseVersion: await version(ids.open!),
				fields: { status: 'closed', closedAt }
			}
		]);
		await pair.sync();
		expect(pair.held.get(ids.open!)).toMatchObject({ status: 'closed' });
		// The job, a day before the 30 days are up: nothing ends.
		const soon = new Date(Date.parse(closedAt) + 29 * DAY_MS);
		expect(await endCaseAccessIfDue(handle.db, soon)).toBe(0);
		await pair.sync();
		expect(pair.held.has(ids.open!)).toBe(true);
		// Once they are: the case and its timeline leave the device.
		const later = new Date(Date.parse(closedAt) + 31 * DAY_MS);
		expect(await endCaseAccessIfDue(handle.db, later)).toBeGreaterThanOrEqual(1);
		const changes = await pair.sync();
		expect(changes.filter((change) => change.deleted).map((change) => change.id)).toEqual(
			expect.arrayContaining([ids.open, ids.forRequester, ids.pairNote])
		);
		expect(pair.held.has(ids.open!)).toBe(false);
		expect(pair.held.has(ids.draft!)).toBe(true);
	});

	it('never receives a case closed longer ago than the grace period', async () => {
		const [old] = await coordinator.push([
			{
				table: 'consultations',
				fields: consultationFields({
					status: 'closed',
					closedAt: new Date(Date.now() - 40 * DAY_MS).toISOString()
				})
			}
		]);
		await pair.sync();
		expect(pair.held.has(old!)).toBe(false);
	});

	it('loses a group’s cases when taken out of the group', async () => {
		const group = await admin.post('/api/v1/admin/directory/groups', {
			name: 'Työparin testiryhmä',
			countyId: 'kanta-hame',
			topics: ['law'],
			memberIds: [pairEntry.id],
			mobilePairIds: [],
			meeting: { weekday: 3, everyWeeks: 2, anchor: '2026-01-07', start: '13:00', end: '15:00' },
			lastVerified: '2026-01-15'
		});
		expect(group.status).toBe(201);
		const far = await TestDevice.register(admin);
		await far.push([
			{
				op: 'update',
				table: 'consultations',
				id: ids.far!,
				baseVersion: await version(ids.far!),
				fields: { groupId: group.body.entry.id }
			}
		]);
		await pair.sync();
		expect(pair.held.has(ids.far!)).toBe(true);
		const taken = await admin.request(
			'PUT',
			`/api/v1/admin/directory/groups/${group.body.entry.id}`,
			{ body: { ...entryFields(group.body.entry), memberIds: [] } }
		);
		expect(taken.status).toBe(200);
		await pair.sync();
		expect(pair.held.has(ids.far!)).toBe(false);
		// The other county's mobile pair still reads it.
		await farPair.sync();
		expect(farPair.held.has(ids.far!)).toBe(true);
	});
});

/** An entry as the admin edits it: without what the server sets. */
function entryFields(entry: Record<string, unknown>) {
	const { version: _version, updatedAt: _updatedAt, ...fields } = entry;
	return fields;
}
