import { describe, expect, it } from 'vitest';
import { countUnsentItems, groupUnsent, type UnsentEntry } from './unsent-items';

const at = (minute: number) => `2026-12-05T10:${String(minute).padStart(2, '0')}:00.000Z`;
const entry = (
	table: string,
	id: string,
	op: UnsentEntry['op'],
	minute: number,
	consultationId?: string
): UnsentEntry => ({ table, id, op, clientTs: at(minute), consultationId });

describe('unsent items', () => {
	// One contact, then a request filled in over the stepper's steps and sent with its entry:
	// the outbox held eight entries, the person made two things.
	const outbox = [
		entry('contacts', 'c1', 'insert', 1),
		entry('consultations', 'r1', 'insert', 2),
		...[3, 4, 5, 6, 7].map((minute) => entry('consultations', 'r1', 'update', minute)),
		entry('consultation_events', 'e1', 'insert', 8, 'r1')
	];

	it('counts records, not outbox entries, a timeline entry with its request', () => {
		expect(outbox).toHaveLength(8);
		expect(countUnsentItems(outbox)).toBe(2);
	});

	it('lists each record once, in the order it was first changed, with its changes', () => {
		expect(groupUnsent(outbox)).toEqual([
			{
				table: 'contacts',
				id: 'c1',
				isNew: true,
				removed: false,
				firstAt: at(1),
				lastAt: at(1),
				changes: 1
			},
			{
				table: 'consultations',
				id: 'r1',
				isNew: true,
				removed: false,
				firstAt: at(2),
				lastAt: at(8),
				changes: 7
			}
		]);
	});

	it('names a case already on the server by its note, and a record taken back as removed', () => {
		const items = groupUnsent([
			entry('consultation_events', 'e2', 'insert', 1, 'case-9'),
			entry('contacts', 'c2', 'insert', 2),
			entry('contacts', 'c2', 'delete', 3)
		]);
		expect(items.map(({ table, id, isNew, removed }) => ({ table, id, isNew, removed }))).toEqual([
			{ table: 'consultations', id: 'case-9', isNew: false, removed: false },
			{ table: 'contacts', id: 'c2', isNew: true, removed: true }
		]);
	});

	it('counts a timeline entry whose request is unknown as itself', () => {
		expect(countUnsentItems([entry('consultation_events', 'e3', 'insert', 1)])).toBe(1);
		expect(countUnsentItems([])).toBe(0);
	});
});
