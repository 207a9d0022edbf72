import { describe, expect, it } from 'vitest';
import { callerHistory } from './caller-history';

const call = (id: string, sourceType: string, municipalityId: string, occurredAt: string) => ({
	id,
	kind: 'case',
	sourceType,
	municipalityId,
	occurredAt
});

const contacts = [
	call('c1', 'child-protection', '837', '2026-03-01T09:00:00Z'),
	call('c2', 'child-protection', '837', '2026-03-05T09:00:00Z'),
	call('c3', 'school', '837', '2026-03-06T09:00:00Z'),
	call('c4', 'child-protection', '091', '2026-03-07T09:00:00Z'),
	{ id: 'c5', kind: 'wrong-number', sourceType: 'child-protection', municipalityId: '837' }
];
const consultations = [
	{
		id: 'k1',
		status: 'submitted',
		municipalityId: '837',
		sourceContactId: 'c1',
		updatedAt: '2026-03-02'
	},
	{
		id: 'k2',
		status: 'closed',
		municipalityId: '837',
		sourceContactId: 'c2',
		updatedAt: '2026-03-06'
	},
	{
		id: 'k3',
		status: 'submitted',
		municipalityId: '837',
		sourceContactId: 'c3',
		updatedAt: '2026-03-07'
	},
	{
		id: 'k4',
		status: 'submitted',
		municipalityId: '837',
		sourceContactId: null,
		updatedAt: '2026-03-08'
	}
];
const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

describe('callerHistory', () => {
	it('is nothing until the form says who calls', () => {
		expect(
			callerHistory(contacts, consultations, { sourceType: '', municipalityId: '' })
		).toBeNull();
	});

	it("matches every field given: the organisation's kind and its municipality", () => {
		const found = callerHistory(contacts, consultations, {
			sourceType: 'child-protection',
			municipalityId: '837'
		})!;
		// Newest first; one-tap calls (no case) are not a caller's history.
		expect(ids(found.contacts)).toEqual(['c2', 'c1']);
		// Open consultations only, opened by a call of that kind of organisation.
		expect(ids(found.consultations)).toEqual(['k1']);
	});

	it('with the municipality alone, shows every caller and open case from there', () => {
		const found = callerHistory(contacts, consultations, {
			sourceType: '',
			municipalityId: '837'
		})!;
		expect(ids(found.contacts)).toEqual(['c3', 'c2', 'c1']);
		expect(ids(found.consultations)).toEqual(['k4', 'k3', 'k1']);
	});

	it('with the kind alone, looks in every municipality, and keeps to the limit', () => {
		const found = callerHistory(
			contacts,
			consultations,
			{ sourceType: 'child-protection', municipalityId: '' },
			2
		)!;
		expect(ids(found.contacts)).toEqual(['c4', 'c2']);
		expect(ids(found.consultations)).toEqual(['k1']);
	});
});
