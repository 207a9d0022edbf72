import { describe, expect, it } from 'vitest';
import { submissionProblems, type RequestFacts } from '$lib/domain/consultation-rules';
import { Consultation, ConsultationEvent } from '$lib/domain/schemas/consultation';
import { Contact } from '$lib/domain/schemas/contact';
import { sourceTypes } from '$lib/domain/source-types';
import { computeStats } from '$lib/domain/stats/compute';
import { consultationFact, contactFact, planReachedAt } from '$lib/domain/stats/facts';
import { situationThemes } from '$lib/domain/themes';
import { pilotRecords } from './pilot-records';

const owner = '0190d5a4-0000-7000-8000-000000000001';

describe('the demo pilot set', () => {
	const records = pilotRecords(owner);

	it('holds 88 valid contacts from February to August 2023, in the three pilot counties', () => {
		expect(records.contacts).toHaveLength(88);
		for (const { id, data } of records.contacts) {
			expect(Contact.safeParse({ id, ...data }).error).toBeUndefined();
			expect(data.occurredAt >= '2023-02-01' && data.occurredAt < '2023-09-01').toBe(true);
			expect(data.note).not.toMatch(/\b[A-ZÄÖ][a-zäö]+ [A-ZÄÖ][a-zäö]+\b/);
		}
		expect(new Set(records.contacts.map((contact) => contact.data.countyId))).toEqual(
			new Set(['pirkanmaa', 'kanta-hame', 'etela-pohjanmaa'])
		);
	});

	it('comes from the seven pilot source types and touches all six themes', () => {
		const report = computeStats(
			{
				contacts: records.contacts.flatMap(({ data }) => contactFact(data) ?? []),
				consultations: []
			},
			{
				from: '2023-02-01',
				to: '2023-08-31',
				countyIds: ['pirkanmaa', 'kanta-hame', 'etela-pohjanmaa']
			}
		);
		expect(report.contacts.total).toBe(88);
		const used = report.contacts.bySource.filter((row) => row.count > 0).map((row) => row.code);
		expect(used).toEqual(sourceTypes.codes.slice(0, 7));
		expect(report.contacts.byTheme.every((row) => row.count > 0)).toBe(true);
		expect(report.contacts.byTheme).toHaveLength(situationThemes.codes.length);
		expect(report.contacts.byMonth.every((row) => row.count > 0)).toBe(true);
	});

	it('has sent cases in several stages, each with a valid timeline up to its stage', () => {
		const stages = new Set(records.consultations.map(({ data }) => data.stage));
		expect(stages.size).toBeGreaterThanOrEqual(6);
		for (const { id, data } of records.consultations) {
			expect(Consultation.safeParse({ id, ...data }).error).toBeUndefined();
			expect(submissionProblems(data as unknown as RequestFacts)).toEqual([]);
			const timeline = records.events.filter((event) => event.data.consultationId === id);
			expect(timeline.at(-1)?.data.stage).toBe(data.stage);
		}
		for (const { id, data } of records.events) {
			expect(ConsultationEvent.safeParse({ id, ...data }).error).toBeUndefined();
		}
		const planAt = planReachedAt(records.events.map((event) => event.data));
		const reached = records.consultations.flatMap(
			({ id, data }) => consultationFact(data, planAt.get(id)) ?? []
		);
		expect(reached.filter((fact) => fact.daysToPlan !== null)).toHaveLength(4);
	});

	it('sets the Pirkanmaa cases on the group’s agenda at different points', () => {
		const group = '0190d5a4-0000-7000-8000-0000000000a1';
		const lawyer = '0190d5a4-0000-7000-8000-0000000000b1';
		const { consultations } = pilotRecords(owner, {
			assigneeIds: [lawyer],
			groupId: group,
			readyBy: 'pair-user'
		});
		const pirkanmaa = consultations
			.filter(({ data }) => data.countyId === 'pirkanmaa' && data.status === 'submitted')
			.map(({ data }) => ({
				stage: data.stage,
				group: data.groupId === group,
				assigned: data.assigneeIds,
				dated: data.handlingDate !== null,
				ready: data.readyForGroup?.by ?? null,
				answers: data.outputs?.length ?? 0
			}));
		expect(pirkanmaa).toEqual([
			// Handled at a meeting already, with the group's answers.
			{ stage: 'plan', group: true, assigned: [], dated: true, ready: 'pair-user', answers: 1 },
			// Ready for the next meeting, with the lawyer assigned in person.
			{
				stage: 'coordination',
				group: true,
				assigned: [lawyer],
				dated: false,
				ready: 'pair-user',
				answers: 0
			},
			// Set for the next meeting, still being prepared.
			{ stage: 'buffer', group: true, assigned: [], dated: false, ready: null, answers: 0 },
			// Just received: for the mobile pair to see among the county's open cases.
			{ stage: 'trigger', group: false, assigned: [], dated: false, ready: null, answers: 0 }
		]);
		// No other county's case is set for the group.
		expect(
			consultations.filter(({ data }) => data.groupId && data.countyId !== 'pirkanmaa')
		).toEqual([]);
	});
});
