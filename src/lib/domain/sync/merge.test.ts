import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeFields, type ServerRowState } from './merge';

const row: ServerRowState = {
	version: 3,
	fields: { note: 'a', status: 'open', themes: ['x'] },
	stamps: {
		note: { version: 1, clientId: 'phone-a' },
		status: { version: 3, clientId: 'desk' },
		themes: { version: 2, clientId: 'phone-a' }
	}
};

describe('field-level merge', () => {
	it('applies fields nobody else changed since the base version', () => {
		const result = mergeFields(row, 2, { note: 'b' }, 'phone-a');
		expect(result.applied).toEqual(['note']);
		expect(result.conflicts).toEqual([]);
		expect(result.row.version).toBe(4);
		expect(result.row.fields.note).toBe('b');
		expect(result.row.stamps.note).toEqual({ version: 4, clientId: 'phone-a' });
	});

	it('keeps the server value and reports a conflict when another device changed the field', () => {
		const result = mergeFields(row, 2, { status: 'closed', note: 'b' }, 'phone-a');
		expect(result.applied).toEqual(['note']);
		expect(result.conflicts).toEqual([
			{ field: 'status', serverValue: 'open', clientValue: 'closed', serverVersion: 3 }
		]);
		expect(result.row.fields.status).toBe('open');
	});

	it("never lets a device's own earlier writes conflict with its later ones", () => {
		const result = mergeFields(row, 0, { themes: ['y'] }, 'phone-a');
		expect(result.conflicts).toEqual([]);
		expect(result.applied).toEqual(['themes']);
	});

	it('treats an identical value as agreement, not as a conflict or a change', () => {
		const result = mergeFields(row, 0, { status: 'open' }, 'phone-b');
		expect(result).toEqual({ row, applied: [], conflicts: [] });
	});

	it('loses no value: every pushed field is either applied or reported', () => {
		fc.assert(
			fc.property(
				fc.dictionary(fc.constantFrom('note', 'status', 'themes', 'other'), fc.string(), {
					minKeys: 1
				}),
				fc.nat(5),
				fc.constantFrom('phone-a', 'phone-b', 'desk'),
				(incoming, base, client) => {
					const result = mergeFields(row, base, incoming, client);
					for (const [field, value] of Object.entries(incoming)) {
						const kept = result.row.fields[field] === value;
						const reported = result.conflicts.some(
							(c) => c.field === field && c.clientValue === value
						);
						expect(kept || reported).toBe(true);
					}
					expect(result.row.version).toBe(
						result.applied.length > 0 ? row.version + 1 : row.version
					);
				}
			)
		);
	});
});

describe('lists of items with ids', () => {
	const item = (id: string, text: string) => ({ id, text });
	const row = {
		version: 3,
		fields: { outputs: [item('a', 'suositus'), item('b', 'lausunto')] },
		stamps: { outputs: { version: 3, clientId: 'other' } }
	};

	it('merge item by item when another device changed the list since the base', () => {
		const result = mergeFields(
			row,
			2,
			{ outputs: [item('a', 'suositus, tarkennettu'), item('c', 'pohdinta-apu')] },
			'mine',
			['outputs']
		);
		expect(result.conflicts).toEqual([]);
		expect(result.row.fields.outputs).toEqual([
			item('a', 'suositus, tarkennettu'),
			item('b', 'lausunto'),
			item('c', 'pohdinta-apu')
		]);
	});

	it('replace the list when nobody else changed it (so an item can be removed)', () => {
		const result = mergeFields(row, 3, { outputs: [item('b', 'lausunto')] }, 'mine', ['outputs']);
		expect(result.row.fields.outputs).toEqual([item('b', 'lausunto')]);
	});

	it('still conflict when the field is not a merged list', () => {
		const result = mergeFields(row, 2, { outputs: [item('c', 'x')] }, 'mine');
		expect(result.conflicts.map((conflict) => conflict.field)).toEqual(['outputs']);
	});
});
