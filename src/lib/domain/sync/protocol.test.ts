import { describe, expect, it } from 'vitest';
import { classifyMid, PushRequest } from './protocol';

describe('push protocol', () => {
	it('skips what was seen, applies the next id and stops at a gap', () => {
		expect(classifyMid(3, 5)).toBe('duplicate');
		expect(classifyMid(5, 5)).toBe('duplicate');
		expect(classifyMid(6, 5)).toBe('apply');
		expect(classifyMid(8, 5)).toBe('gap');
	});

	it('refuses pushes over 500 mutations and unknown fields', () => {
		const mutation = {
			mid: 1,
			op: 'insert',
			table: 'contacts',
			id: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
			baseVersion: null,
			fields: {},
			clientTs: '2026-11-25T10:00:00.000Z'
		};
		const push = (count: number) => ({
			clientId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
			schemaVersion: 1,
			mutations: Array.from({ length: count }, (_, i) => ({ ...mutation, mid: i + 1 }))
		});
		expect(PushRequest.safeParse(push(500)).success).toBe(true);
		expect(PushRequest.safeParse(push(501)).success).toBe(false);
		expect(PushRequest.safeParse({ ...push(1), extra: true }).success).toBe(false);
	});
});
