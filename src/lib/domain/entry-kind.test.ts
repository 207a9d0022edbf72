import { describe, expect, it } from 'vitest';
import { isEntryKind } from './entry-kind';

describe('isEntryKind', () => {
	it('accepts the four kinds with a detail page and nothing else', () => {
		expect(['expert', 'group', 'unit', 'service'].every(isEntryKind)).toBe(true);
		for (const other of ['', 'experts', 'Expert', 'organisation', 'person', 'toString']) {
			expect(isEntryKind(other)).toBe(false);
		}
	});
});
