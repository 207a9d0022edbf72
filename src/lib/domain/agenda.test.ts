import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	compareAgendaConsultations,
	groupAgenda,
	agendaGroups,
	mayMarkReady,
	meetingAgenda,
	meetingDates,
	readyMark,
	type AgendaConsultationFacts
} from './agenda';

// Every second Tuesday: 2026-12-01, 12-15, 12-29 …
const group = {
	id: 'g1',
	meeting: { weekday: 2, everyWeeks: 2, anchor: '2026-11-17', start: '13:00', end: '15:00' }
};
const today = '2026-11-25';

let n = 0;
const facts = (over: Partial<AgendaConsultationFacts>): AgendaConsultationFacts => ({
	id: `c${String(++n).padStart(3, '0')}`,
	groupId: 'g1',
	handlingDate: null,
	status: 'submitted',
	urgency: 'normal',
	highRisk: [],
	submittedAt: '2026-11-01T10:00:00.000Z',
	createdAt: '2026-11-01T09:00:00.000Z',
	...over
});

describe('meeting dates', () => {
	it('lists the next meetings of the rule from today on', () => {
		expect(meetingDates(group.meeting, today, 3)).toEqual([
			'2026-12-01',
			'2026-12-15',
			'2026-12-29'
		]);
		expect(meetingDates(group.meeting, '2026-12-01', 1)).toEqual(['2026-12-01']);
		expect(meetingDates(group.meeting, today, 0)).toEqual([]);
	});
});

describe("a group's agenda", () => {
	it('sets an undated case for the next meeting and a dated one for its own', () => {
		const undated = facts({});
		const second = facts({ handlingDate: '2026-12-15' });
		const agenda = groupAgenda(group, [second, undated], today);
		expect(agenda.map((meeting) => meeting.date)).toEqual([
			'2026-12-01',
			'2026-12-15',
			'2026-12-29'
		]);
		expect(agenda.map((meeting) => meeting.consultations.map((item) => item.id))).toEqual([
			[undated.id],
			[second.id],
			[]
		]);
	});

	it("leaves out other groups' consultations, drafts, closed consultations, those handled already and those later", () => {
		const consultations = [
			facts({ groupId: 'g2' }),
			facts({ groupId: null }),
			facts({ status: 'draft' }),
			facts({ status: 'closed' }),
			facts({ handlingDate: '2026-11-17' }),
			facts({ handlingDate: '2027-01-12' })
		];
		expect(
			groupAgenda(group, consultations, today).flatMap((meeting) => meeting.consultations)
		).toEqual([]);
	});

	it('gives a consultation dated off the rule a meeting of its own, in date order', () => {
		const extra = facts({ handlingDate: '2026-12-03' });
		const agenda = groupAgenda(group, [extra], today);
		expect(agenda.map((meeting) => meeting.date)).toEqual([
			'2026-12-01',
			'2026-12-03',
			'2026-12-15',
			'2026-12-29'
		]);
		expect(agenda[1]!.consultations).toEqual([extra]);
	});

	it('takes high risk first, then acute, then urgent, then the earliest received', () => {
		const oldNormal = facts({ submittedAt: '2026-10-01T10:00:00.000Z' });
		const newNormal = facts({ submittedAt: '2026-11-20T10:00:00.000Z' });
		const urgent = facts({ urgency: 'urgent', submittedAt: '2026-11-21T10:00:00.000Z' });
		const acute = facts({ urgency: 'acute', submittedAt: '2026-11-22T10:00:00.000Z' });
		const risk = facts({ highRisk: ['abduction-threat'], submittedAt: '2026-11-23T10:00:00.000Z' });
		const [next] = groupAgenda(group, [newNormal, urgent, oldNormal, risk, acute], today);
		expect(next!.consultations).toEqual([risk, acute, urgent, oldNormal, newNormal]);
	});

	it('puts every consultation of the group due within the listed meetings on exactly one of them, in a stable order', () => {
		const dates = ['2026-11-20', today, '2026-12-01', '2026-12-03', '2026-12-15', '2027-01-12'];
		const arbitraryCase = fc.record({
			handlingDate: fc.option(fc.constantFrom(...dates)),
			urgency: fc.constantFrom('normal', 'urgent', 'acute'),
			highRisk: fc.constantFrom([], ['abduction-threat']),
			submittedAt: fc.constantFrom('2026-10-01T10:00:00.000Z', '2026-11-01T10:00:00.000Z')
		});
		fc.assert(
			fc.property(fc.array(arbitraryCase, { maxLength: 12 }), (drawn) => {
				const consultations = drawn.map((over) => facts(over));
				const agenda = groupAgenda(group, consultations, today);
				const listed = agenda.flatMap((meeting) => meeting.consultations);
				const due = consultations.filter(
					(item) =>
						item.handlingDate === null ||
						(item.handlingDate >= today && item.handlingDate <= '2026-12-29')
				);
				expect(new Set(listed)).toEqual(new Set(due));
				expect(listed).toHaveLength(due.length);
				for (const meeting of agenda) {
					expect([...meeting.consultations].sort(compareAgendaConsultations)).toEqual(
						meeting.consultations
					);
				}
				expect(groupAgenda(group, [...consultations].reverse(), today)).toEqual(agenda);
			})
		);
	});
});

describe("one meeting's agenda", () => {
	it('lists what the agenda lists for that meeting, undated consultations on the next one only', () => {
		const undated = facts({});
		const later = facts({ handlingDate: '2027-02-09' });
		const extra = facts({ handlingDate: '2026-12-03' });
		const consultations = [undated, later, extra];
		expect(meetingAgenda(group, consultations, today, '2026-12-01').consultations).toEqual([
			undated
		]);
		expect(meetingAgenda(group, consultations, today, '2026-12-15').consultations).toEqual([]);
		expect(meetingAgenda(group, consultations, today, '2026-12-03').consultations).toEqual([extra]);
		expect(meetingAgenda(group, consultations, today, '2027-02-09').consultations).toEqual([later]);
		expect(meetingAgenda(group, consultations, today, '2026-11-17')).toEqual({
			date: '2026-11-17',
			consultations: []
		});
	});
});

describe('whose agendas a person sees', () => {
	const groups = [
		{ id: 'a', countyId: 'pirkanmaa', memberIds: ['e1'], mobilePairIds: [] },
		{ id: 'b', countyId: 'lappi', memberIds: [], mobilePairIds: ['e1'] },
		{ id: 'c', countyId: 'pirkanmaa', memberIds: ['e2'], mobilePairIds: [] }
	];
	const ids = (actor: Parameters<typeof agendaGroups>[1]) =>
		agendaGroups(groups, actor).map((group) => group.id);
	const person = { userId: 'u1', countyId: 'pirkanmaa' };

	it("shows a coordinator their county's groups, an admin all, an expert those they sit in", () => {
		expect(ids({ ...person, role: 'coordinator' })).toEqual(['a', 'c']);
		expect(ids({ ...person, role: 'admin' })).toEqual(['a', 'b', 'c']);
		expect(ids({ ...person, role: 'expert', expertId: 'e1' })).toEqual(['a', 'b']);
		expect(ids({ ...person, role: 'expert', expertId: null })).toEqual([]);
		expect(ids({ ...person, role: 'worker' })).toEqual([]);
	});

	it("lets a coordinator of the case's county and the mobile pair mark it ready, no one else", () => {
		expect(mayMarkReady({ ...person, role: 'coordinator' }, 'pirkanmaa', undefined)).toBe(true);
		expect(mayMarkReady({ ...person, role: 'coordinator' }, 'lappi', undefined)).toBe(false);
		expect(mayMarkReady({ ...person, role: 'admin' }, 'lappi', undefined)).toBe(true);
		const expert = { ...person, role: 'expert' as const, expertId: 'e1' };
		expect(mayMarkReady(expert, 'pirkanmaa', ['mobile-pair'])).toBe(true);
		expect(mayMarkReady(expert, 'pirkanmaa', ['group-member'])).toBe(false);
		expect(mayMarkReady(expert, 'pirkanmaa', undefined)).toBe(false);
		expect(mayMarkReady({ ...person, role: 'worker' }, 'pirkanmaa', undefined)).toBe(false);
	});
});

describe('the ready mark', () => {
	it('says who marked the case ready and when, or nothing once unmarked', () => {
		const now = new Date('2026-11-25T08:00:00.000Z');
		expect(readyMark(true, 'u1', now)).toEqual({ at: '2026-11-25T08:00:00.000Z', by: 'u1' });
		expect(readyMark(false, 'u1', now)).toBeNull();
	});
});
