import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '$lib/server/db/connect';
import { testDatabaseKinds } from '../support/databases';
import { databaseAt, migrateTo } from '../support/migrated-database';

/**
 * 0009-case-readers: existing cases get their readers (assigned experts, the group) and every
 * case record its case, so that experts' pulls find them; internal notes stay the
 * coordinators'. Nothing else of a row changes, its seq neither.
 */
describe.each(testDatabaseKinds())('cases get their readers, on %s', (kind) => {
	let handle: DatabaseHandle;
	let close: () => Promise<void>;
	const ids = {
		contact: uuidv7(),
		assigned: uuidv7(),
		open: uuidv7(),
		stage: uuidv7(),
		internal: uuidv7(),
		own: uuidv7(),
		gone: uuidv7()
	};
	const expertId = uuidv7();
	const groupId = uuidv7();

	beforeAll(async () => {
		({ handle, close } = await databaseAt(kind, '0008-municipality-codes'));
		const record = (id: string, kind: string, seq: number, data: object | null) => ({
			id,
			kind,
			owner_id: 'worker-1',
			county_id: 'pirkanmaa',
			version: 2,
			seq,
			deleted: data ? 0 : 1,
			flagged: 0,
			updated_at: '2026-11-03T09:00:00.000Z',
			data: data && JSON.stringify({ ...data, countyId: 'pirkanmaa' }),
			stamps: '{}',
			owner_reads: 'yes' as const
		});
		const entry = (id: string, forRequester: boolean, createdBy: string) => ({
			consultationId: ids.assigned,
			type: id === ids.stage ? 'stage' : 'note',
			forRequester,
			createdBy
		});
		await handle.db
			.insertInto('records')
			.values([
				record(ids.contact, 'contacts', 1, { themes: [] }),
				record(ids.assigned, 'consultations', 2, {
					assigneeIds: [expertId, expertId],
					groupId
				}),
				record(ids.open, 'consultations', 3, { assigneeIds: [], groupId: null }),
				record(ids.stage, 'consultation_events', 4, entry(ids.stage, true, 'coordinator-1')),
				record(ids.internal, 'consultation_events', 5, entry(ids.internal, false, 'coordinator-1')),
				record(ids.own, 'consultation_events', 6, entry(ids.own, false, 'worker-1')),
				record(ids.gone, 'consultation_events', 7, null)
			])
			.execute();
		await migrateTo(handle, '0009-case-readers');
	});

	afterAll(async () => {
		await close?.();
	});

	it('gives each case record its case and says which of them experts read', async () => {
		const rows = await handle.db
			.selectFrom('records')
			.select(['id', 'case_id', 'experts_read', 'seq'])
			.execute();
		const byId = new Map(rows.map((row) => [row.id, row]));
		const facts = (id: string) => {
			const row = byId.get(id)!;
			return [row.case_id, row.experts_read, Number(row.seq)];
		};
		expect(facts(ids.contact)).toEqual([null, 'yes', 1]);
		expect(facts(ids.assigned)).toEqual([ids.assigned, 'yes', 2]);
		expect(facts(ids.open)).toEqual([ids.open, 'yes', 3]);
		expect(facts(ids.stage)).toEqual([ids.assigned, 'yes', 4]);
		expect(facts(ids.internal)).toEqual([ids.assigned, 'never', 5]);
		expect(facts(ids.own)).toEqual([ids.assigned, 'yes', 6]);
		// A tombstone has no case left to name: no expert has it to remove either.
		expect(facts(ids.gone)).toEqual([null, 'yes', 7]);
	});

	it('records the readers of assigned cases, once each', async () => {
		const readers = await handle.db
			.selectFrom('case_readers')
			.selectAll()
			.orderBy('reader_id')
			.execute();
		expect(readers).toEqual(
			[expertId, groupId].sort().map((readerId) => ({
				case_id: ids.assigned,
				reader_id: readerId,
				reads: 'yes'
			}))
		);
	});
});
