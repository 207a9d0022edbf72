import { describe, expect, it } from 'vitest';
import { compareMyConsultations, whyMine, type MyConsultationFacts } from './my-consultations';

const facts = (over: Partial<MyConsultationFacts>): MyConsultationFacts => ({
	assigneeIds: [],
	groupId: null,
	handlingDate: null,
	status: 'submitted',
	submittedAt: '2026-01-01T10:00:00.000Z',
	createdAt: '2026-01-01T09:00:00.000Z',
	...over
});

describe('my cases', () => {
	it('says whether the expert is assigned in person, through a group or as the mobile pair', () => {
		expect(whyMine(facts({ assigneeIds: ['e1'], groupId: 'g1' }), 'e1', ['g1'])).toBe('assigned');
		expect(whyMine(facts({ groupId: 'g1' }), 'e1', ['g1'])).toBe('group');
		// Another group's consultation, or one set for none: the county's, read as its mobile pair.
		expect(whyMine(facts({ groupId: 'g2' }), 'e1', ['g1'])).toBe('county');
		expect(whyMine(facts({ assigneeIds: ['e2'] }), 'e1', [])).toBe('county');
		expect(whyMine(facts({ assigneeIds: ['e1'], groupId: 'g1' }), null, ['g1'])).toBe('group');
	});

	it('puts the next meeting first, undated consultations after, closed ones last', () => {
		const closed = facts({ status: 'closed', handlingDate: '2026-01-02' });
		const later = facts({ handlingDate: '2026-02-10' });
		const sooner = facts({ handlingDate: '2026-02-03' });
		const undatedOld = facts({ submittedAt: '2025-12-01T10:00:00.000Z' });
		const undatedNew = facts({});
		const sorted = [closed, undatedNew, later, undatedOld, sooner].sort(compareMyConsultations);
		expect(sorted).toEqual([sooner, later, undatedOld, undatedNew, closed]);
	});
});
