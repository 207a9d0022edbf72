import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '$lib/server/db/connect';
import { runRetentionIfDue } from '$lib/server/jobs/schedule';
import { demo, signIn, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';
import {
	connectToApp,
	consultationFields,
	contactFields,
	pullRecords,
	stageEvent,
	TestDevice
} from '../support/record-factories';

/** The clock the job runs by: 25 November 2026, 08:00 in Finland. */
const clock = new Date('2026-11-25T06:00:00.000Z');
const pilot = 'from=2023-02-01&to=2023-08-31&area=sisa-suomi';

describe.each(testDatabaseKinds())('retention on %s', (kind) => {
	let app: TestApp;
	let handle: DatabaseHandle;
	let coordinator: ApiClient;
	let admin: ApiClient;
	let device: TestDevice;
	const ids: Record<string, string | undefined> = {};
	let cursorBefore = '';
	let pilotBefore: Record<string, unknown>;

	beforeAll(async () => {
		app = await startApp(kind);
		handle = await connectToApp(app);
		coordinator = await signIn(app, demo.coordinator);
		admin = await signIn(app, demo.admin);
		device = await TestDevice.register(coordinator);
	});
	afterAll(async () => {
		await handle?.db.destroy();
		await app?.stop();
	});

	it('lets the admin set how long each record type is kept', async () => {
		const shown = await admin.get('/api/v1/admin/retention');
		expect(shown.body).toMatchObject({
			// The demo keeps contacts longer so that its 2023 pilot set stays (pilot-records.ts).
			settings: { contacts: 60, consultations: 60 },
			defaults: { contacts: 24, consultations: 60 },
			lastRun: null
		});
		const saved = await admin.request('PUT', '/api/v1/admin/retention', {
			body: { contacts: 24 }
		});
		expect(saved.status).toBe(200);
		expect(saved.body.settings).toEqual({ contacts: 24, consultations: 60 });
		const audited = await app.select<{ fields: string }>(
			"SELECT fields FROM audit_log WHERE action = 'retention.update'"
		);
		expect(audited.map((row) => JSON.parse(row.fields))).toEqual([['contacts']]);
	});

	it('deletes expired records through tombstones, keeps monthly totals, and runs once a day', async () => {
		[ids.recent, ids.old, ids.boundary] = await device.push([
			{ table: 'contacts', fields: contactFields({ occurredAt: '2026-11-20T09:00:00.000Z' }) },
			{ table: 'contacts', fields: contactFields({ occurredAt: '2024-06-15T09:00:00.000Z' }) },
			// 24 months before the clock's day is 25 November 2024: that day is still kept.
			{ table: 'contacts', fields: contactFields({ occurredAt: '2024-11-24T22:30:00.000Z' }) }
		]);
		[ids.closedCase, ids.openCase] = await device.push([
			{
				table: 'consultations',
				fields: consultationFields({
					status: 'closed',
					stage: 'feedback',
					submittedAt: '2021-03-01T09:00:00.000Z',
					createdAt: '2021-03-01T08:00:00.000Z',
					closedAt: '2021-06-01T09:00:00.000Z',
					// What the support achieved: kept as monthly counts of its codes.
					servicesInvolved: ['school', 'police'],
					stuckReasons: ['legal-process'],
					helpWanted: ['statement'],
					outputs: [
						{
							id: '0190a5c0-0000-7000-8000-000000000001',
							kind: 'statement',
							text: 'Lausunto annettu',
							giverId: null,
							at: '2021-03-20T09:00:00.000Z',
							recordedBy: 'coordinator'
						}
					],
					feedbackRating: 3,
					feedbackComment: 'Ei koskaan tilastoihin',
					handlingDate: '2021-03-11'
				})
			},
			{
				table: 'consultations',
				fields: consultationFields({ submittedAt: '2021-03-02T09:00:00.000Z' })
			}
		]);
		[ids.planEvent, ids.feedbackEvent] = await device.push([
			{
				table: 'consultation_events',
				fields: stageEvent(ids.closedCase!, 'plan', '2021-03-21T09:00:00.000Z')
			},
			{
				table: 'consultation_events',
				fields: stageEvent(ids.closedCase!, 'feedback', '2021-05-01T09:00:00.000Z')
			}
		]);
		// A conflict on the old contact: its copy of a value must go with it.
		const otherDesk = await TestDevice.register(coordinator);
		await device.push([
			{ op: 'update', table: 'contacts', id: ids.old, baseVersion: 1, fields: { followUp: true } }
		]);
		await otherDesk.push(
			[
				{
					op: 'update',
					table: 'contacts',
					id: ids.old,
					baseVersion: 1,
					fields: { followUp: false }
				}
			],
			'conflict'
		);
		const conflicts = `SELECT id FROM sync_conflicts WHERE record_id = '${ids.old}'`;
		expect(await app.select(conflicts)).toHaveLength(1);
		pilotBefore = (await coordinator.get(`/api/v1/stats?${pilot}`)).body;
		expect(pilotBefore.contacts).toMatchObject({ total: 88 });
		const caseMonthQuery = '/api/v1/stats?from=2021-03-01&to=2021-03-31&area=pirkanmaa';
		const outcomesBefore = (await coordinator.get(caseMonthQuery)).body.outcomes;
		expect(outcomesBefore).toMatchObject({ rated: 1, withMeeting: 1, medianDaysToMeeting: 10 });
		cursorBefore = (await pullRecords(coordinator)).cursor;

		const result = await runRetentionIfDue(handle.db, clock, 'test-process');
		expect(result).toEqual({
			at: clock.toISOString(),
			cutoff: { contacts: '2024-11-25', consultations: '2021-11-25' },
			// The 88 pilot contacts of 2023 and the one from June 2024.
			deleted: { contacts: 89, consultations: 1, consultation_events: 2 }
		});

		// Devices learn of each deletion at their next pull: a tombstone without data.
		const { changes } = await pullRecords(coordinator, cursorBefore);
		const tombstones = changes.filter((change) => change.deleted);
		expect(tombstones).toHaveLength(92);
		expect(tombstones.every((change) => change.data === null)).toBe(true);
		const gone = new Set(tombstones.map((change) => change.id));
		for (const id of [ids.old, ids.closedCase, ids.planEvent, ids.feedbackEvent])
			expect(gone.has(id!)).toBe(true);
		for (const id of [ids.recent, ids.boundary, ids.openCase]) expect(gone.has(id!)).toBe(false);
		const rows = await app.select<{ deleted: number; data: string | null }>(
			`SELECT deleted, data FROM records WHERE id = '${ids.old}'`
		);
		expect(rows.map((row) => [Number(row.deleted), row.data])).toEqual([[1, null]]);
		const audited = await app.select<{ n: number }>(
			"SELECT COUNT(*) AS n FROM audit_log WHERE action = 'record.expire'"
		);
		expect(Number(audited[0]!.n)).toBe(92);
		expect(await app.select(conflicts)).toEqual([]);

		// The statistics of the past stay whole: the same figures from the monthly totals.
		const pilotAfter = (await coordinator.get(`/api/v1/stats?${pilot}`)).body;
		expect(pilotAfter).toEqual(pilotBefore);
		const partly = (
			await coordinator.get('/api/v1/stats?from=2023-02-15&to=2023-08-31&area=sisa-suomi')
		).body;
		expect(partly.partialMonths).toEqual(['2023-02']);
		const caseMonth = (await coordinator.get(caseMonthQuery)).body;
		expect(caseMonth.consultations).toMatchObject({
			total: 2,
			reachedPlan: 1,
			medianDaysToPlan: 20
		});
		// The deleted case's outcome codes are kept one count each, never as its combination.
		expect(caseMonth.outcomes).toEqual(outcomesBefore);
		const kept = await app.select<{ figure: string; code: string; count: number }>(
			"SELECT figure, code, count FROM stats_monthly_codes WHERE month = '2021-03'"
		);
		// Sorted here: the two databases collate '-' and ':' differently.
		expect(kept.map((row) => `${row.figure}:${row.code}:${Number(row.count)}`).sort()).toEqual([
			'asked:any:1',
			'asked:statement:1',
			'client-group:none:1',
			'days-to-meeting:10:1',
			'given:any:1',
			'given:statement:1',
			'met:any:1',
			'met:statement:1',
			'rating:3:1',
			'services-count:several:1',
			'services:police:1',
			'services:school:1',
			'stuck:legal-process:1'
		]);

		// Not due again the same day; the admin page shows the run.
		expect(await runRetentionIfDue(handle.db, clock, 'another-process')).toBeNull();
		const shown = await admin.get('/api/v1/admin/retention');
		expect(shown.body.lastRun).toEqual(result);
	});

	it('runs in one process only when several find it due at once', async () => {
		const nextDay = new Date(clock.getTime() + 25 * 3_600_000);
		const results = await Promise.all(
			['a', 'b', 'c'].map((holder) => runRetentionIfDue(handle.db, nextDay, holder))
		);
		expect(results.filter((result) => result !== null)).toHaveLength(1);
		const [boundary] = await app.select<{ deleted: number }>(
			`SELECT deleted FROM records WHERE id = '${ids.boundary}'`
		);
		expect(Number(boundary!.deleted)).toBe(1);
		// A day later the contact of 25 November 2024 is due, and nothing else.
		expect(results.find((result) => result !== null)?.deleted).toEqual({
			contacts: 1,
			consultations: 0,
			consultation_events: 0
		});
	});
});
