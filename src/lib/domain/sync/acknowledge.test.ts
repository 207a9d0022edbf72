import { describe, expect, it } from 'vitest';
import { acknowledge, type SentChange } from './acknowledge';

const sent = (mid: number, fields: Record<string, unknown> = { note: 'x' }): SentChange => ({
	mid,
	table: 'contacts',
	id: `r${mid}`,
	fields
});

const at = '2026-12-05T07:00:00.000Z';

describe('acknowledging a pushed batch', () => {
	it('drops everything up to the last mutation id the server took', () => {
		const ack = acknowledge([sent(3), sent(4), sent(5)], {
			lastMutationId: 5,
			serverTime: at,
			results: [
				{ mid: 3, status: 'duplicate' },
				{ mid: 4, status: 'applied', version: 2 },
				{ mid: 5, status: 'applied', version: 1 }
			]
		});
		expect(ack).toEqual({ done: [3, 4, 5], issues: [], stoppedEarly: false });
	});

	it('keeps what the server did not take (it stopped at a gap) for a later round', () => {
		const ack = acknowledge([sent(3), sent(4)], {
			lastMutationId: 3,
			serverTime: at,
			results: [{ mid: 3, status: 'applied', version: 1 }]
		});
		expect(ack.done).toEqual([3]);
		expect(ack.stoppedEarly).toBe(true);
	});

	it('keeps nothing when the server took none of the batch', () => {
		const ack = acknowledge([sent(6)], { lastMutationId: 4, serverTime: at, results: [] });
		expect(ack).toEqual({ done: [], issues: [], stoppedEarly: true });
	});

	it('turns conflicts and rejections into issues with what the device sent', () => {
		const ack = acknowledge([sent(1, { note: 'a', channel: 'phone' }), sent(2, { bogus: 1 })], {
			lastMutationId: 2,
			serverTime: at,
			results: [
				{ mid: 1, status: 'conflict', version: 3, conflicts: ['note'] },
				{ mid: 2, status: 'rejected', error: 'unknown field bogus' }
			]
		});
		expect(ack.issues).toEqual([
			{
				mid: 1,
				table: 'contacts',
				recordId: 'r1',
				status: 'conflict',
				fields: ['note'],
				yours: { note: 'a', channel: 'phone' },
				at
			},
			{
				mid: 2,
				table: 'contacts',
				recordId: 'r2',
				status: 'rejected',
				fields: ['bogus'],
				yours: { bogus: 1 },
				error: 'unknown field bogus',
				at
			}
		]);
	});

	it('keeps a refusal it learns only from a retry: a duplicate with the reason', () => {
		const ack = acknowledge([sent(4), sent(5)], {
			lastMutationId: 5,
			serverTime: at,
			results: [
				{
					mid: 4,
					status: 'duplicate',
					error: 'not assigned to this case (any more)',
					reason: 'not_assigned'
				},
				{ mid: 5, status: 'duplicate' }
			]
		});
		expect(ack.done).toEqual([4, 5]);
		expect(ack.issues).toEqual([
			{
				mid: 4,
				table: 'contacts',
				recordId: 'r4',
				status: 'rejected',
				fields: ['note'],
				yours: { note: 'x' },
				error: 'not assigned to this case (any more)',
				reason: 'not_assigned',
				at
			}
		]);
	});

	it('ignores answers for changes it did not send', () => {
		const ack = acknowledge([sent(1)], {
			lastMutationId: 1,
			serverTime: at,
			results: [{ mid: 9, status: 'rejected', error: 'stray' }]
		});
		expect(ack.issues).toEqual([]);
	});
});
