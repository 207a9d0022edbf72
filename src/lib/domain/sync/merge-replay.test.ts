import { describe, expect, it } from 'vitest';
import { judgeField, mergeFields, type ServerRowState } from './merge';

// After a restore the server is in epoch 2; its rows carry stamps from epoch 1 (the backup).
const restored: ServerRowState = {
	version: 4,
	fields: { note: 'from backup', status: 'open', themes: ['x'] },
	stamps: {
		note: { version: 2, clientId: 'desk', e: 1 },
		status: { version: 4, clientId: 'desk', e: 1 },
		themes: { version: 3, clientId: 'phone-b', e: 1 }
	}
};
const replay = (acked: Record<string, number | null>) => ({
	epoch: 2,
	fromOldEpoch: true,
	acked
});

describe('re-sending what a restore lost', () => {
	it('applies a lost change the backup predates, and remembers which old version it was', () => {
		const result = mergeFields(restored, 4, { note: 'lost' }, 'phone-a', [], replay({ note: 6 }));
		expect(result.applied).toEqual(['note']);
		expect(result.row.stamps.note).toEqual({ version: 5, clientId: 'phone-a', e: 2, was: 6 });
	});

	it('leaves a change that a later one, kept in the backup, had replaced before the restore', () => {
		// phone-a wrote status at version 3; the desk's change at 4 replaced it and survived.
		const result = mergeFields(
			restored,
			2,
			{ status: 'closed' },
			'phone-a',
			[],
			replay({ status: 3 })
		);
		expect(result.applied).toEqual([]);
		expect(result.conflicts).toEqual([]);
		expect(result.row.fields.status).toBe('open');
	});

	it('orders two lost changes of one field by their old versions, whichever comes back first', () => {
		const earlyFirst = mergeFields(restored, 4, { note: 'a' }, 'phone-a', [], replay({ note: 5 }));
		const thenLate = mergeFields(
			earlyFirst.row,
			4,
			{ note: 'b' },
			'phone-b',
			[],
			replay({ note: 7 })
		);
		expect(thenLate.row.fields.note).toBe('b');
		const lateFirst = mergeFields(restored, 4, { note: 'b' }, 'phone-b', [], replay({ note: 7 }));
		const thenEarly = mergeFields(
			lateFirst.row,
			4,
			{ note: 'a' },
			'phone-a',
			[],
			replay({ note: 5 })
		);
		expect(thenEarly.row.fields.note).toBe('b');
		expect(thenEarly.conflicts).toEqual([]);
	});

	it('makes a conflict of a change another device made since the restore, never an overwrite', () => {
		const edited = mergeFields(restored, 4, { note: 'new since' }, 'desk', [], { epoch: 2 });
		const result = mergeFields(edited.row, 5, { note: 'lost' }, 'phone-a', [], replay({ note: 6 }));
		expect(result.applied).toEqual([]);
		expect(result.conflicts).toEqual([
			{ field: 'note', serverValue: 'new since', clientValue: 'lost', serverVersion: 5 }
		]);
	});

	it('judges unsent changes by their old base, and an unknown acknowledged version as a conflict', () => {
		const context = replay({ themes: null });
		expect(judgeField(restored.stamps.status, 'phone-a', 3, 'status', context)).toBe('conflict');
		expect(judgeField(restored.stamps.status, 'phone-a', 4, 'status', context)).toBe('apply');
		expect(judgeField(restored.stamps.themes, 'phone-a', 9, 'themes', context)).toBe('conflict');
		expect(judgeField(restored.stamps.themes, 'phone-b', 0, 'themes', context)).toBe('apply');
	});

	it('keeps the ordinary rule in the epoch the change was made in', () => {
		expect(judgeField(restored.stamps.note, 'phone-a', 1, 'note', { epoch: 2 })).toBe('conflict');
		expect(judgeField(restored.stamps.note, 'phone-a', 2, 'note', { epoch: 2 })).toBe('apply');
	});
});
