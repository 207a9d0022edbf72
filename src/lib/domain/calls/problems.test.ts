import { describe, expect, it } from 'vitest';
import { typicalCall } from '../../../../tests/support/call-fixtures';
import { emptyCallDraft } from './draft';
import { callProblems } from './problems';

describe('callProblems', () => {
	it('asks only who called of a live call', () => {
		expect(callProblems(emptyCallDraft())).toEqual([
			{ field: 'sourceType', code: 'source-missing' }
		]);
		expect(callProblems(typicalCall())).toEqual([]);
	});

	it('refuses an unknown municipality and a malformed follow-up date', () => {
		const draft = { ...typicalCall(), municipalityId: 'atlantis', followUpDate: '1.4.2026' };
		expect(callProblems(draft).map((problem) => problem.code)).toEqual([
			'municipality-unknown',
			'follow-up-date-invalid'
		]);
	});

	it('needs a backdated call to be in the past and to have a duration', () => {
		const now = new Date(2026, 2, 10, 12, 0);
		const ok = { occurredAt: '2026-03-10T11:30', duration: '7', now };
		expect(callProblems(typicalCall(), ok)).toEqual([]);
		expect(
			callProblems(typicalCall(), { ...ok, occurredAt: '2026-03-10T12:30', duration: 'x' })
		).toEqual([
			{ field: 'occurredAt', code: 'occurred-in-future' },
			{ field: 'duration', code: 'duration-invalid' }
		]);
		expect(callProblems(typicalCall(), { ...ok, occurredAt: '' })).toEqual([
			{ field: 'occurredAt', code: 'occurred-invalid' }
		]);
	});
});
