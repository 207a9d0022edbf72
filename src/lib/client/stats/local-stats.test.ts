import 'fake-indexeddb/auto';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { computeOverview } from '$lib/domain/stats/overview';
import {
	consultationFact,
	contactFact,
	optionalStageEntries,
	planReachedAt
} from '$lib/domain/stats/facts';
import {
	RecDb,
	type ContactRow,
	type ConsultationEventRow,
	type ConsultationRow
} from '../db/rec-db';
import { encryptFields } from '../crypto/fields';
import { generateDataKey } from '../crypto/wrap';
import { loadFeedbackComments } from './feedback-comments';
import { localStats } from './local-stats';

const contact = (occurredAt: string, countyId: string, extra: Record<string, unknown> = {}) => ({
	id: uuidv7(),
	version: 1,
	updatedAt: '2026-01-01T00:00:00.000Z',
	kind: 'case',
	channel: 'phone',
	sourceType: 'school',
	themes: ['immigration'],
	actions: ['advice'],
	note: { v: 1, iv: 'AAAA', ct: 'BBBB' },
	occurredAt,
	countyId,
	...extra
});

describe("statistics from the device's own records", () => {
	let db: RecDb;
	afterEach(async () => {
		await db.delete();
	});

	it('reads the counties and days asked for, in Finnish time, as the pure functions count them', async () => {
		db = new RecDb(`test-${uuidv7()}`);
		const contacts = [
			contact('2026-02-28T22:30:00.000Z', 'pirkanmaa'), // 00:30 on 1 March in Finland
			contact('2026-02-28T22:59:59.000Z', 'pirkanmaa', { kind: 'dropped' }),
			contact('2026-02-28T21:59:00.000Z', 'pirkanmaa'), // 23:59 on 28 February
			contact('2026-03-31T20:59:00.000Z', 'pirkanmaa', { themes: [] }), // 31 March, 23:59
			contact('2026-03-31T21:00:00.000Z', 'pirkanmaa'), // 1 April
			contact('2026-03-15T10:00:00.000Z', 'kanta-hame'),
			contact('2026-03-15T10:00:00.000Z', 'lappi')
		];
		const consultationId = uuidv7();
		const consultations = [
			{
				id: consultationId,
				version: 1,
				updatedAt: '2026-01-01T00:00:00.000Z',
				status: 'submitted',
				stage: 'plan',
				submittedAt: '2026-03-02T08:00:00.000Z',
				createdAt: '2026-03-01T08:00:00.000Z',
				countyId: 'pirkanmaa'
			}
		];
		const events = [
			{
				id: uuidv7(),
				version: 1,
				updatedAt: '2026-01-01T00:00:00.000Z',
				consultationId,
				type: 'stage',
				stage: 'plan',
				at: '2026-03-09T08:00:00.000Z',
				countyId: 'pirkanmaa'
			},
			// The plan was reached past the coordination, a stage run only when needed.
			{
				id: uuidv7(),
				version: 1,
				updatedAt: '2026-01-01T00:00:00.000Z',
				consultationId,
				type: 'stage-skipped',
				stage: 'coordination',
				at: '2026-03-09T08:00:00.000Z',
				countyId: 'pirkanmaa'
			}
		];
		// Only the fields the statistics read: a device's rows hold more.
		await db.contacts.bulkPut(contacts as ContactRow[]);
		await db.consultations.bulkPut(consultations as ConsultationRow[]);
		await db.consultation_events.bulkPut(events as ConsultationEventRow[]);

		const query = { from: '2026-03-01', to: '2026-03-31', countyIds: ['pirkanmaa', 'kanta-hame'] };
		const { report, contactsOnDevice } = await localStats(db, query, await generateDataKey());
		expect(contactsOnDevice).toBe(7);
		expect(report.contacts.total).toBe(3);
		expect(report.contacts.notCounted.find((row) => row.code === 'dropped')?.count).toBe(1);
		expect(report.contacts.withoutTheme).toBe(1);
		expect(report.consultations).toMatchObject({ total: 1, reachedPlan: 1, medianDaysToPlan: 7 });
		expect(report.consultations.skipped).toEqual([
			{ code: 'hypothesis', count: 0 },
			{ code: 'coordination', count: 1 }
		]);
		const planAt = planReachedAt(events);
		const stageEntries = optionalStageEntries(events);
		// The month before and the year's trend come from the same read.
		expect(report.previous).toMatchObject({ from: '2026-02-01', to: '2026-02-28', contacts: 1 });
		expect(report.trend.at(-1)).toEqual({ month: '2026-03', contacts: 3, consultations: 1 });
		expect(report.trend.at(-2)).toEqual({ month: '2026-02', contacts: 1, consultations: 0 });
		expect(report).toEqual(
			computeOverview(
				{
					contacts: contacts.flatMap((row) => contactFact(row) ?? []),
					consultations: consultations.flatMap(
						(row) => consultationFact(row, planAt.get(row.id), stageEntries.get(row.id)) ?? []
					)
				},
				query
			)
		);
	});

	it('counts the kinds of help given from the decrypted answers, and lists the comments', async () => {
		db = new RecDb(`test-${uuidv7()}`);
		const key = await generateDataKey();
		const output = (kind: string) => ({
			id: uuidv7(),
			kind,
			text: 'Vastaus (salattu laitteella)',
			giverId: null,
			at: '2026-03-20T08:00:00.000Z',
			recordedBy: 'coordinator'
		});
		const plain = [
			{
				id: uuidv7(),
				status: 'closed',
				stage: 'feedback',
				submittedAt: '2026-03-02T08:00:00.000Z',
				createdAt: '2026-03-01T08:00:00.000Z',
				countyId: 'pirkanmaa',
				servicesInvolved: ['school', 'child-protection'],
				stuckReasons: ['no-coordination'],
				clientGroups: ['child-fears-parent'],
				helpWanted: ['recommendation', 'statement'],
				outputs: [output('recommendation'), output('recommendation'), output('joint-meeting')],
				feedbackRating: 5,
				feedbackComment: '  Selkeytti tilannetta.  ',
				handlingDate: '2026-03-12'
			},
			{
				id: uuidv7(),
				status: 'submitted',
				stage: 'trigger',
				submittedAt: '2026-03-25T08:00:00.000Z',
				createdAt: '2026-03-25T08:00:00.000Z',
				countyId: 'pirkanmaa',
				outputs: [],
				feedbackComment: '',
				feedbackRating: null
			},
			// Another county: neither counted nor decrypted for this area.
			{
				id: uuidv7(),
				status: 'closed',
				stage: 'feedback',
				submittedAt: '2026-03-05T08:00:00.000Z',
				createdAt: '2026-03-05T08:00:00.000Z',
				countyId: 'lappi',
				outputs: [output('statement')],
				feedbackComment: 'Toisen alueen kommentti',
				feedbackRating: 2
			}
		];
		const stored = await Promise.all(
			plain.map(async (row) => ({
				...(await encryptFields(key, row, ['outputs', 'feedbackComment'])),
				version: 1,
				updatedAt: '2026-04-01T00:00:00.000Z'
			}))
		);
		await db.consultations.bulkPut(stored as unknown as ConsultationRow[]);
		const query = { from: '2026-03-01', to: '2026-03-31', countyIds: ['pirkanmaa'] };

		const { report } = await localStats(db, query, key);
		const help = (code: string) => report.outcomes.help.find((row) => row.code === code);
		expect(help('recommendation')).toEqual({ code: 'recommendation', asked: 1, given: 1, met: 1 });
		expect(help('statement')).toEqual({ code: 'statement', asked: 1, given: 0, met: 0 });
		expect(help('joint-meeting')).toEqual({ code: 'joint-meeting', asked: 0, given: 1, met: 0 });
		expect(help('any')).toEqual({ code: 'any', asked: 1, given: 1, met: 1 });
		expect(report.outcomes).toMatchObject({ rated: 1, withoutRating: 1, withMeeting: 1 });
		expect(report.outcomes.medianDaysToMeeting).toBe(10);
		expect(report).toEqual(
			computeOverview(
				{ consultations: plain.flatMap((row) => consultationFact(row, null) ?? []), contacts: [] },
				query
			)
		);

		expect(await loadFeedbackComments(db, query, key)).toEqual([
			{ id: plain[0]!.id, day: '2026-03-02', rating: 5, comment: 'Selkeytti tilannetta.' }
		]);
	});
});
