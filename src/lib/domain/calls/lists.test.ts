import { describe, expect, it } from 'vitest';
import { userId } from '../../../../tests/support/call-fixtures';
import { followUpsDue, todaysCalls } from './lists';

describe('desk lists', () => {
	const at = (day: number, hour: number) => new Date(2026, 2, day, hour, 0).toISOString();
	const rows = [
		{ id: 'a', channel: 'phone', createdBy: userId, occurredAt: at(10, 9) },
		{ id: 'b', channel: 'phone', createdBy: userId, occurredAt: at(10, 14) },
		{ id: 'c', channel: 'phone', createdBy: userId, occurredAt: at(9, 16) },
		{ id: 'd', channel: 'phone', createdBy: 'someone-else', occurredAt: at(10, 10) },
		{ id: 'e', channel: 'visit', createdBy: userId, occurredAt: at(10, 11) },
		{ id: 'f', followUp: true, followUpDate: '2026-03-10' },
		{ id: 'g', followUp: true, followUpDate: '2026-03-02' },
		{ id: 'h', followUp: true, followUpDate: '2026-03-11' },
		{ id: 'i', followUp: false, followUpDate: '2026-03-01' },
		{ id: 'j', followUp: true }
	];

	it('lists the user’s calls of today, the latest first', () => {
		expect(todaysCalls(rows, '2026-03-10', userId).map((row) => row.id)).toEqual(['b', 'a']);
	});

	it('lists open follow-ups due today or earlier, the oldest first', () => {
		expect(followUpsDue(rows, '2026-03-10').map((row) => row.id)).toEqual(['g', 'f']);
	});
});
