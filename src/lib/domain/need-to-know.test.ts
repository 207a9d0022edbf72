import { describe, expect, it } from 'vitest';
import {
	accessEndsAt,
	caseReaderIds,
	groupPeople,
	mobilePairCounty,
	mobilePairReaderId
} from './need-to-know';

const now = new Date('2026-11-25T10:00:00.000Z');
const open = {
	status: 'submitted',
	closedAt: null,
	assigneeIds: ['lawyer', 'psychiatrist', 'lawyer'],
	groupId: 'group',
	countyId: 'pirkanmaa'
};

describe('who needs to know a case', () => {
	it('is its assigned experts, its group and its county’s mobile pair while it is open', () => {
		expect(caseReaderIds(open, now, 30)).toEqual([
			'lawyer',
			'psychiatrist',
			'group',
			'mobile-pair:pirkanmaa'
		]);
	});

	it('leaves a draft to those assigned: the mobile pair prepares only sent requests', () => {
		expect(caseReaderIds({ ...open, status: 'draft', groupId: null }, now, 30)).toEqual([
			'lawyer',
			'psychiatrist'
		]);
	});

	it('keeps a closed case for the grace period, then nobody reads it', () => {
		const closed = { ...open, status: 'closed', closedAt: '2026-11-01T10:00:00.000Z' };
		expect(accessEndsAt(closed, 30)).toBe('2026-12-01T10:00:00.000Z');
		expect(caseReaderIds(closed, now, 30)).toContain('mobile-pair:pirkanmaa');
		expect(caseReaderIds(closed, new Date('2026-12-01T09:59:59.999Z'), 30)).toHaveLength(4);
		expect(caseReaderIds(closed, new Date('2026-12-01T10:00:00.000Z'), 30)).toEqual([]);
		// No grace at all: closed is the end.
		expect(caseReaderIds(closed, now, 0)).toEqual([]);
	});

	it('ends at once for a withdrawn request, or a closed one without its closing time', () => {
		expect(caseReaderIds({ ...open, status: 'withdrawn' }, now, 30)).toEqual([]);
		expect(caseReaderIds({ ...open, status: 'closed', closedAt: null }, now, 30)).toEqual([]);
		expect(accessEndsAt(open, 30)).toBeNull();
	});

	it('is nobody for a deleted case and ignores what is not an id', () => {
		expect(caseReaderIds(null, now, 30)).toEqual([]);
		expect(caseReaderIds({ status: 'draft', assigneeIds: [7, 'x'], groupId: 3 }, now, 30)).toEqual([
			'x'
		]);
	});
});

describe('the mobile pair of a county', () => {
	it('is an expert entry with the role, in its own county', () => {
		expect(mobilePairCounty({ roles: ['mobile-pair'], countyId: 'lappi' })).toBe('lappi');
		expect(mobilePairCounty({ roles: ['group-member'], countyId: 'lappi' })).toBeNull();
		expect(mobilePairCounty({ roles: ['mobile-pair'] })).toBeNull();
		expect(mobilePairCounty(null)).toBeNull();
		expect(mobilePairReaderId('lappi')).toBe('mobile-pair:lappi');
	});
});

describe("a group's people", () => {
	it('are its members and its mobile pair, nobody for a missing group', () => {
		expect(groupPeople({ memberIds: ['a', 'b'], mobilePairIds: ['c'] })).toEqual(['a', 'b', 'c']);
		expect(groupPeople({ memberIds: 'a' })).toEqual([]);
		expect(groupPeople(null)).toEqual([]);
	});
});
