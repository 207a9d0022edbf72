import { describe, expect, it } from 'vitest';
import { directoryKinds } from '../schemas/directory';
import { PushResponse, RecordsPage, ReferencePage, directoryKindNames } from './sync';

describe('sync answers', () => {
	it('lists the same directory kinds as the entry schemas', () => {
		expect([...directoryKindNames].sort()).toEqual([...directoryKinds].sort());
	});

	it('reads a records page, and refuses one that is not', () => {
		const page = {
			changes: [
				{ table: 'contacts', id: 'a', version: 2, deleted: false, flagged: false, data: { x: 1 } },
				{ table: 'contacts', id: 'b', version: 3, deleted: true, flagged: false, data: null }
			],
			cursor: 'rec:2',
			hasMore: false
		};
		expect(RecordsPage.safeParse(page).success).toBe(true);
		expect(RecordsPage.safeParse({ ...page, cursor: 2 }).success).toBe(false);
		expect(RecordsPage.safeParse({ ...page, changes: [{ id: 'a' }] }).success).toBe(false);
		// A record's fields are an object: not a list, a text or a number.
		for (const data of [[1], 'x', 3]) {
			const changes = [{ ...page.changes[0], data }];
			expect(RecordsPage.safeParse({ ...page, changes }).success).toBe(false);
		}
		// Read as they came, not copied field by field.
		const parsed = RecordsPage.parse(page);
		expect(parsed.changes[0]!.data).toBe(page.changes[0]!.data);
	});

	it('takes only directory kinds and entries with an id in a directory page', () => {
		const change = { table: 'experts', id: 'e', version: 1, deleted: false, data: { id: 'e' } };
		const page = { changes: [change], cursor: 'ref:1', hasMore: true };
		expect(ReferencePage.safeParse(page).success).toBe(true);
		const wrong = [
			{ ...change, table: 'contacts' },
			{ ...change, data: { name: 'x' } }
		];
		for (const bad of wrong) {
			expect(ReferencePage.safeParse({ ...page, changes: [bad] }).success).toBe(false);
		}
	});

	it('reads a push answer with each status', () => {
		const answer = {
			lastMutationId: 3,
			serverTime: '2026-12-05T07:00:00.000Z',
			results: [
				{ mid: 1, status: 'applied', version: 2 },
				{ mid: 2, status: 'conflict', version: 3, conflicts: ['note'] },
				{ mid: 3, status: 'rejected', error: 'no' }
			]
		};
		expect(PushResponse.safeParse(answer).success).toBe(true);
		const unknown = { ...answer, results: [{ mid: 1, status: 'maybe' }] };
		expect(PushResponse.safeParse(unknown).success).toBe(false);
	});
});
