import { describe, expect, it } from 'vitest';
import { rebaseChange, rebasePage, type PendingChange, type PulledChange } from './rebase';

const pulled = (over: Partial<PulledChange> = {}): PulledChange => ({
	table: 'contacts',
	id: 'a',
	version: 4,
	deleted: false,
	flagged: false,
	data: { note: 'server', channel: 'phone' },
	...over
});

const pending = (mid: number, over: Partial<PendingChange> = {}): PendingChange => ({
	mid,
	table: 'contacts',
	id: 'a',
	op: 'update',
	fields: {},
	...over
});

describe('rebasing a pulled record onto the changes still waiting on the device', () => {
	it('takes the server copy with its version and flag when nothing waits', () => {
		expect(rebaseChange(pulled({ flagged: true }), [])).toEqual({
			note: 'server',
			channel: 'phone',
			id: 'a',
			version: 4,
			flagged: true
		});
	});

	it('keeps the waiting fields on top, the later change winning, in mid order', () => {
		const row = rebaseChange(pulled(), [
			pending(7, { fields: { note: 'later' } }),
			pending(5, { fields: { note: 'earlier', channel: 'visit' } })
		]);
		expect(row).toMatchObject({ note: 'later', channel: 'visit', version: 4 });
	});

	it('ignores waiting changes of other records and tables', () => {
		const row = rebaseChange(pulled(), [
			pending(1, { id: 'b', fields: { note: 'other record' } }),
			pending(2, { table: 'consultations', fields: { note: 'other table' } })
		]);
		expect(row?.note).toBe('server');
	});

	it('removes a record deleted on the server, whatever waits for it', () => {
		expect(
			rebaseChange(pulled({ deleted: true, data: null }), [pending(1, { fields: { note: 'x' } })])
		).toBeNull();
	});

	it('keeps a record deleted on the device away until its delete is sent', () => {
		expect(rebaseChange(pulled(), [pending(3, { op: 'delete' })])).toBeNull();
	});

	it('never lets the data carry its own id, version or flag', () => {
		const row = rebaseChange(pulled({ data: { id: 'x', version: 99, flagged: true } }), []);
		expect(row).toEqual({ id: 'a', version: 4, flagged: false });
	});
});

describe('rebasing a whole page', () => {
	it('sorts the page into rows to put and ids to remove, per table', () => {
		const writes = rebasePage(
			[
				pulled({ id: 'a' }),
				pulled({ id: 'b', deleted: true, data: null }),
				pulled({ id: 'c' }),
				pulled({ table: 'consultations', id: 'd', data: { question: 'q' } })
			],
			[pending(1, { id: 'c', op: 'delete' }), pending(2, { id: 'a', fields: { note: 'mine' } })]
		);
		expect(writes.get('contacts')).toEqual({
			put: [{ note: 'mine', channel: 'phone', id: 'a', version: 4, flagged: false }],
			remove: ['b', 'c']
		});
		expect(writes.get('consultations')?.put.map((row) => row.id)).toEqual(['d']);
	});

	it('answers nothing for an empty page', () => {
		expect(rebasePage([], []).size).toBe(0);
	});
});
