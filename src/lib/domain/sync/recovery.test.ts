import { describe, expect, it } from 'vitest';
import type { PushResponse } from '../api/sync';
import {
	isFirstInsert,
	journalAcks,
	mergeJournal,
	planRecovery,
	type AckedRecord,
	type QueuedChange
} from './recovery';

const change = (mid: number, over: Partial<QueuedChange> = {}): QueuedChange => ({
	mid,
	op: 'update',
	table: 'contacts',
	id: 'c1',
	baseVersion: 1,
	fields: { note: `n${mid}` },
	clientTs: '2026-12-05T10:00:00.000Z',
	...over
});
const answer = (lastMutationId: number, results: PushResponse['results']): PushResponse => ({
	lastMutationId,
	serverTime: '2026-12-05T10:00:01.000Z',
	results
});

describe('the journal of acknowledged changes', () => {
	it('keeps each field’s last acknowledged value and version, leaving out refusals and lost fields', () => {
		const sent = [
			change(1, { op: 'insert', fields: { note: 'a', themes: ['x'] }, baseVersion: null }),
			change(2, { fields: { note: 'b', status: 'open' } }),
			change(3, { id: 'c2' }),
			change(4, { fields: { note: 'late' } })
		];
		const entries = journalAcks(
			new Map(),
			sent,
			answer(3, [
				{ mid: 1, status: 'applied', version: 1 },
				{ mid: 2, status: 'conflict', version: 2, conflicts: ['status'] },
				{ mid: 3, status: 'rejected', error: 'no' }
			])
		);
		expect(entries).toEqual([
			{
				key: 'contacts/c1',
				table: 'contacts',
				id: 'c1',
				firstMid: 1,
				inserted: true,
				deleted: false,
				fields: { note: 'b', themes: ['x'] },
				versions: { note: 2, themes: 1 },
				ackedAt: '2026-12-05T10:00:01.000Z'
			}
		]);
	});

	it('records a duplicate’s version as unknown, adds to what was journalled before and dates it anew', () => {
		const [first] = journalAcks(
			new Map(),
			[change(1)],
			answer(1, [{ mid: 1, status: 'applied', version: 2 }])
		);
		const [after] = journalAcks(
			new Map([[first!.key, first!]]),
			[change(2, { fields: { status: 'closed' } })],
			{ ...answer(2, [{ mid: 2, status: 'duplicate' }]), serverTime: '2026-12-06T08:00:00.000Z' }
		);
		expect(after!.versions).toEqual({ note: 2, status: null });
		expect(after!.firstMid).toBe(1);
		expect(first!.ackedAt).toBe('2026-12-05T10:00:01.000Z');
		expect(after!.ackedAt).toBe('2026-12-06T08:00:00.000Z');
	});

	it('joins a first insert kept in its answer’s row with the record’s later changes as one entry', () => {
		const insert = change(1, {
			op: 'insert',
			baseVersion: null,
			fields: { note: 'a', themes: [] }
		});
		const update = change(7, { fields: { note: 'b', status: 'closed' } });
		expect(isFirstInsert(insert)).toBe(true);
		expect(isFirstInsert({ ...insert, baseEpoch: 'old' })).toBe(false);
		expect(isFirstInsert(update)).toBe(false);
		const first = answer(1, [{ mid: 1, status: 'applied', version: 1 }]);
		const later = {
			...answer(7, [{ mid: 7, status: 'applied' as const, version: 3 }]),
			serverTime: '2026-12-06T08:00:00.000Z'
		};
		// As the push keeps them: the insert in a batch row, the update in the record's own entry.
		const batch = journalAcks(new Map(), [insert], first);
		const own = journalAcks(new Map(), [update], later);
		// As one entry would have held them.
		const [whole] = journalAcks(new Map([[batch[0]!.key, batch[0]!]]), [update], later);
		expect(mergeJournal([...own, ...batch])).toEqual([whole]);
	});

	it('leaves out a refusal the device learns of only from a retry', () => {
		const entries = journalAcks(
			new Map(),
			[change(1)],
			answer(1, [{ mid: 1, status: 'duplicate', error: 'not assigned to this case (any more)' }])
		);
		expect(entries).toEqual([]);
	});
});

describe('the queue after a restore', () => {
	it('re-sends acknowledged records first, parents before entries, then the unsent queue renumbered', () => {
		const journal: AckedRecord[] = [
			{
				key: 'consultation_events/e1',
				table: 'consultation_events',
				id: 'e1',
				firstMid: 3,
				inserted: true,
				deleted: false,
				fields: { text: 't' },
				versions: { text: 1 },
				ackedAt: '2026-12-05T10:00:01.000Z'
			},
			{
				key: 'consultations/k1',
				table: 'consultations',
				id: 'k1',
				firstMid: 4,
				inserted: false,
				deleted: false,
				fields: { stage: 'b' },
				versions: { stage: 5 },
				ackedAt: '2026-12-05T10:00:01.000Z'
			},
			{
				key: 'contacts/c9',
				table: 'contacts',
				id: 'c9',
				firstMid: 1,
				inserted: true,
				deleted: true,
				fields: {},
				versions: {},
				ackedAt: '2026-12-05T10:00:01.000Z'
			}
		];
		const { queue, nextMid } = planRecovery(
			journal,
			[change(12), change(11, { baseEpoch: 'older' })],
			'old',
			20,
			'now',
			['contacts', 'consultations', 'consultation_events']
		);
		expect(queue.map((entry) => [entry.mid, entry.op, entry.id, entry.baseEpoch])).toEqual([
			[20, 'delete', 'c9', 'old'],
			[21, 'update', 'k1', 'old'],
			[22, 'insert', 'e1', 'old'],
			[23, 'update', 'c1', 'older'],
			[24, 'update', 'c1', 'old']
		]);
		expect(queue[1]).toMatchObject({ acked: { stage: 5 }, baseVersion: 0, fields: { stage: 'b' } });
		expect(queue[2]).toMatchObject({ baseVersion: null, acked: { text: 1 } });
		expect(queue[3]!.fields).toEqual({ note: 'n11' });
		expect(nextMid).toBe(25);
	});
});
