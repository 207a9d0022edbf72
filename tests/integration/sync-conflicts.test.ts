import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepBoth } from '$lib/domain/conflict-choice';
import { demo, newClientId, signIn, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { submittedRequest, syncDevice } from '../support/consultations.js';
import { testDatabaseKinds } from '../support/databases';

type Device = Awaited<ReturnType<typeof syncDevice>>;

interface Conflict {
	id: string;
	table: string;
	recordId: string;
	recordVersion: number;
	countyId: string;
	field: string;
	serverValue: unknown;
	clientValue: unknown;
	sentBy: { id: string; name: string | null };
	savedBy: { id: string; name: string | null } | null;
	at: string;
}

describe.each(testDatabaseKinds())('the sync conflict review list on %s', (kind) => {
	let app: TestApp;
	let worker: ApiClient;
	let coordinator: ApiClient;
	let admin: ApiClient;
	let phone: Device;
	let desk: Device;
	let laptop: Device;
	let adminDesk: Device;
	let adminLaptop: Device;
	const caseId = newClientId();
	const otherCountyCase = newClientId();

	const list = async (client: ApiClient) => {
		const answer = await client.get('/api/v1/sync/conflicts');
		expect(answer.status).toBe(200);
		return answer.body.conflicts as Conflict[];
	};
	const update = (id: string, fields: Record<string, unknown>, baseVersion: number) => ({
		table: 'consultations',
		op: 'update' as const,
		id,
		fields,
		baseVersion
	});

	beforeAll(async () => {
		app = await startApp(kind);
		[worker, coordinator, admin] = await Promise.all([
			signIn(app, demo.worker),
			signIn(app, demo.coordinator),
			signIn(app, demo.admin)
		]);
		[phone, desk, laptop, adminDesk, adminLaptop] = await Promise.all([
			syncDevice(worker),
			syncDevice(coordinator),
			syncDevice(coordinator),
			syncDevice(admin),
			syncDevice(admin)
		]);

		// The worker's request; the coordinator and the worker then change the same texts.
		const sent = await phone.push([
			{ table: 'consultations', op: 'insert', id: caseId, fields: submittedRequest() }
		]);
		expect(sent.results[0].status).toBe('applied');
		await desk.push([update(caseId, { background: 'Koordinaattorin taustatieto' }, 1)]);
		await desk.push([update(caseId, { plan: 'Ryhmän tapaaminen tiistaina' }, 2)]);
		const late = await phone.push([update(caseId, { background: 'Puhelimen taustatieto' }, 1)]);
		expect(late.results[0]).toMatchObject({ status: 'conflict', conflicts: ['background'] });
		// The coordinator's laptop was behind too, on the plan.
		const behind = await laptop.push([update(caseId, { plan: 'Soitto isälle ensin' }, 1)]);
		expect(behind.results[0]).toMatchObject({ status: 'conflict', conflicts: ['plan'] });

		// A conflict in another county, which only the admin settles.
		await adminDesk.push([
			{
				table: 'consultations',
				op: 'insert',
				id: otherCountyCase,
				fields: submittedRequest({ countyId: 'lappi', municipalityId: null })
			}
		]);
		await adminDesk.push([update(otherCountyCase, { outcome: 'Valmis' }, 1)]);
		const admins = await adminLaptop.push([update(otherCountyCase, { outcome: 'Kesken' }, 1)]);
		expect(admins.results[0].status).toBe('conflict');
	});

	afterAll(async () => {
		await app?.stop();
	});

	it("lists the coordinator's county's open conflicts with both values, who and when", async () => {
		const conflicts = await list(coordinator);
		expect(conflicts.map((conflict) => conflict.field).sort()).toEqual(['background', 'plan']);
		const background = conflicts.find((conflict) => conflict.field === 'background')!;
		expect(background).toMatchObject({
			table: 'consultations',
			recordId: caseId,
			recordVersion: 3,
			countyId: 'pirkanmaa',
			// Texts encrypted on the devices are plain here, over TLS, for the coordinator to read.
			serverValue: 'Koordinaattorin taustatieto',
			clientValue: 'Puhelimen taustatieto',
			sentBy: { name: 'Ville Kenttä' },
			savedBy: { name: 'Kaisa Koordinaattori' }
		});
		expect(Date.parse(background.at)).not.toBeNaN();
		// Showing the values is a read of the record, and audited as one.
		const reads = await app.select<{ record_id: string; fields: string }>(
			`SELECT record_id, fields FROM audit_log WHERE action = 'record.read'`
		);
		expect(reads.map((row) => row.record_id)).toContain(caseId);
		expect(JSON.stringify(reads)).not.toContain('taustatieto');
	});

	it('shows admins every county, and refuses workers', async () => {
		const all = await list(admin);
		expect(all.map((conflict) => conflict.recordId)).toContain(otherCountyCase);
		expect((await list(coordinator)).map((conflict) => conflict.recordId)).not.toContain(
			otherCountyCase
		);
		const refused = await worker.get('/api/v1/sync/conflicts');
		expect(refused.status).toBe(403);
		expect(refused.body.code).toBe('forbidden');
	});

	it('settles a conflict by keeping both texts, then another by keeping the value in force', async () => {
		const find = async (field: string) =>
			(await list(coordinator)).find((conflict) => conflict.field === field)!;
		const both = await find('background');
		const joined = keepBoth(both.serverValue, both.clientValue);
		const kept = await desk.push([
			{ ...update(caseId, { background: joined }, both.recordVersion), resolves: ['background'] }
		]);
		expect(kept.results[0]).toMatchObject({ status: 'applied', version: 4 });
		expect((await list(coordinator)).map((conflict) => conflict.field)).toEqual(['plan']);
		// The plan's conflict is still open: the record stays flagged.
		const [flagged] = await app.select<{ flagged: number; data: string }>(
			`SELECT flagged, data FROM records WHERE id = '${caseId}'`
		);
		expect(Number(flagged!.flagged)).toBe(1);
		expect(JSON.parse(flagged!.data).background).toBe(joined);

		const theirs = await find('plan');
		expect(theirs.recordVersion).toBe(4);
		const settled = await desk.push([
			{ ...update(caseId, {}, theirs.recordVersion), resolves: ['plan'] }
		]);
		expect(settled.results[0].status).toBe('applied');
		expect(await list(coordinator)).toEqual([]);
		const [row] = await app.select<{ flagged: number; data: string }>(
			`SELECT flagged, data FROM records WHERE id = '${caseId}'`
		);
		expect(Number(row!.flagged)).toBe(0);
		expect(JSON.parse(row!.data).plan).toBe('Ryhmän tapaaminen tiistaina');
		const resolutions = await app.select<{ field: string; resolution: string }>(
			`SELECT field, resolution FROM sync_conflicts WHERE record_id = '${caseId}' ORDER BY field`
		);
		expect(resolutions).toEqual([
			{ field: 'background', resolution: 'mine' },
			{ field: 'plan', resolution: 'theirs' }
		]);
	});
});
