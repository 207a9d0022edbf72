import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '$lib/server/db/connect';
import { testDatabaseKinds } from '../support/databases';
import { databaseAt, migrateTo } from '../support/migrated-database';

/**
 * 0013-mobile-pair-readers: each sent, open case gets its county's mobile pair as a reader
 * (need-to-know.ts), and it and its timeline new seqs after every other, so that a mobile
 * pair's device already past them receives them; drafts and closed cases are left alone.
 */
describe.each(testDatabaseKinds())('open cases get their county’s mobile pair, on %s', (kind) => {
	let handle: DatabaseHandle;
	let close: () => Promise<void>;
	const ids = { open: uuidv7(), note: uuidv7(), draft: uuidv7(), closed: uuidv7() };

	beforeAll(async () => {
		({ handle, close } = await databaseAt(kind, '0011-stats-municipality'));
		const record = (id: string, kind: string, seq: number, caseId: string, data: object) => ({
			id,
			kind,
			owner_id: 'worker-1',
			county_id: 'kanta-hame',
			version: 1,
			seq,
			updated_at: '2026-11-03T09:00:00.000Z',
			data: JSON.stringify({ ...data, countyId: 'kanta-hame' }),
			stamps: '{}',
			case_id: caseId
		});
		await handle.db
			.insertInto('records')
			.values([
				record(ids.open, 'consultations', 1, ids.open, { status: 'submitted' }),
				record(ids.note, 'consultation_events', 2, ids.open, { consultationId: ids.open }),
				record(ids.draft, 'consultations', 3, ids.draft, { status: 'draft' }),
				record(ids.closed, 'consultations', 4, ids.closed, { status: 'closed' })
			])
			.execute();
		await handle.db
			.updateTable('counters')
			.set({ value: sql`4` })
			.where('name', '=', 'seq')
			.execute();
		await migrateTo(handle, '0013-mobile-pair-readers');
	});

	afterAll(async () => {
		await close?.();
	});

	it('adds the mobile pair of the county to the open case only', async () => {
		const readers = await handle.db.selectFrom('case_readers').selectAll().execute();
		expect(readers).toEqual([
			{ case_id: ids.open, reader_id: 'mobile-pair:kanta-hame', reads: 'yes' }
		]);
	});

	it('sends the open case and its timeline again, after every other row', async () => {
		const rows = await handle.db.selectFrom('records').select(['id', 'seq']).execute();
		const seq = Object.fromEntries(rows.map((row) => [row.id, Number(row.seq)]));
		expect(seq).toEqual({ [ids.draft]: 3, [ids.closed]: 4, [ids.open]: 5, [ids.note]: 6 });
		const counter = await handle.db
			.selectFrom('counters')
			.select('value')
			.where('name', '=', 'seq')
			.executeTakeFirstOrThrow();
		expect(Number(counter.value)).toBe(6);
	});
});
