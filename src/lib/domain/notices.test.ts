import { describe, expect, it } from 'vitest';
import {
	expertNotices,
	seenNow,
	type NoticeCase,
	type NoticeEntry,
	type NoticeReader
} from './notices';

const reader: NoticeReader = { userId: 'u-lawyer', expertId: 'e-lawyer', groupIds: ['g-own'] };

const item = (id: string, over: Partial<NoticeCase> = {}): NoticeCase => ({
	id,
	assigneeIds: [],
	groupId: null,
	handlingDate: null,
	status: 'submitted',
	submittedAt: '2026-11-02T09:00:00.000Z',
	createdAt: '2026-11-02T08:00:00.000Z',
	...over
});

const note = (id: string, caseId: string, by: string, type = 'note'): NoticeEntry => ({
	id,
	consultationId: caseId,
	type,
	createdBy: by,
	at: '2026-11-03T09:00:00.000Z'
});

describe('what is new for an expert', () => {
	it('lists each case new to the device once, by why it is theirs, notes not apart', () => {
		const cases = [
			item('assigned', { assigneeIds: ['e-lawyer'], groupId: 'g-own' }),
			item('group', { groupId: 'g-own' }),
			item('county', { groupId: 'g-other' }),
			item('closed', { assigneeIds: ['e-lawyer'], status: 'closed' })
		];
		const entries = [note('n1', 'assigned', 'u-coordinator')];
		expect(expertNotices(cases, entries, null, reader)).toEqual([
			{ kind: 'assigned', caseId: 'assigned' },
			{ kind: 'agenda', caseId: 'group' },
			{ kind: 'county', caseId: 'county' }
		]);
	});

	it('has nothing new right after the list was opened', () => {
		const cases = [item('a', { assigneeIds: ['e-lawyer'] }), item('b', { groupId: 'g-own' })];
		const entries = [note('n1', 'a', 'u-coordinator'), note('n2', 'b', 'u-pair')];
		const seen = seenNow(cases, entries, reader, new Date('2026-11-04T10:00:00.000Z'));
		expect(seen.at).toBe('2026-11-04T10:00:00.000Z');
		expect(expertNotices(cases, entries, seen, reader)).toEqual([]);
	});

	it('tells what changed since: assigned, set on the agenda or moved, a note by someone else, closed', () => {
		const before = [
			item('assign', { groupId: 'g-own' }),
			item('agenda'),
			item('moved', { groupId: 'g-own', handlingDate: '2026-12-01' }),
			item('notes', { assigneeIds: ['e-lawyer'] }),
			item('close', { assigneeIds: ['e-lawyer'] })
		];
		const entries = [note('old', 'notes', 'u-coordinator')];
		const seen = seenNow(before, entries, reader);
		const after = [
			item('assign', { groupId: 'g-own', assigneeIds: ['e-lawyer'] }),
			item('agenda', { groupId: 'g-own' }),
			item('moved', { groupId: 'g-own', handlingDate: '2026-12-15' }),
			item('notes', { assigneeIds: ['e-lawyer'] }),
			item('close', { assigneeIds: ['e-lawyer'], status: 'closed' })
		];
		const later = [
			...entries,
			note('new', 'notes', 'u-coordinator'),
			note('mine', 'notes', 'u-lawyer'),
			note('stage', 'notes', 'u-coordinator', 'stage')
		];
		expect(expertNotices(after, later, seen, reader)).toEqual([
			{ kind: 'assigned', caseId: 'assign' },
			{ kind: 'agenda', caseId: 'agenda' },
			{ kind: 'agenda', caseId: 'moved' },
			{
				kind: 'note',
				caseId: 'notes',
				noteId: 'new',
				by: 'u-coordinator',
				at: '2026-11-03T09:00:00.000Z'
			},
			{ kind: 'closed', caseId: 'close' }
		]);
	});

	it('says nothing of a case taken off the agenda, unassigned or gone from the device', () => {
		const before = [item('a', { groupId: 'g-own', assigneeIds: ['e-lawyer'] }), item('gone')];
		const seen = seenNow(before, [], reader);
		const after = [item('a', { groupId: null, assigneeIds: [] })];
		expect(expertNotices(after, [], seen, reader)).toEqual([]);
	});
});
