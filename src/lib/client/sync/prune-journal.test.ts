import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { AckedRecord } from '$lib/domain/sync/recovery';
import { RecDb, recordTables, type SyncedRow } from '../db/rec-db';
import { pruneJournal } from './prune-journal';

const now = '2026-12-31T12:00:00.000Z';
const old = '2026-10-01T08:00:00.000Z';

/** A journal entry as version 5 of the database kept it, without its time. */
const undated = (id: string, version = 2, table = 'contacts'): Omit<AckedRecord, 'ackedAt'> => ({
	key: `${table}/${id}`,
	table,
	id,
	firstMid: 1,
	inserted: true,
	deleted: false,
	fields: { note: id },
	versions: { note: version }
});
const acked = (id: string, ackedAt: string, version = 2, table = 'contacts'): AckedRecord => ({
	...undated(id, version, table),
	ackedAt
});

describe('the journal pruned on the device', () => {
	let db: RecDb;
	afterEach(async () => {
		db.close();
		await Dexie.delete(db.name);
	});

	it('forgets old entries the device has pulled back or no longer holds, and keeps the rest', async () => {
		db = new RecDb(`prune-${crypto.randomUUID()}`);
		await db.table<SyncedRow, string>('contacts').bulkAdd([
			{ id: 'pulled', version: 2, updatedAt: now },
			{ id: 'behind', version: 1, updatedAt: now },
			{ id: 'recent', version: 2, updatedAt: now }
		]);
		await db.acked.bulkAdd([
			acked('pulled', old),
			acked('behind', old),
			acked('recent', '2026-12-20T08:00:00.000Z'),
			acked('gone', old),
			acked('e1', old, 1, 'consultation_events')
		]);
		const tables = [db.acked, db.ackedBatches, ...recordTables.map((table) => db.table(table))];
		const dropped = await db.transaction('rw', tables, () => pruneJournal(db, now));
		expect(dropped).toBe(3);
		expect((await db.acked.toCollection().primaryKeys()).sort()).toEqual([
			'contacts/behind',
			'contacts/recent'
		]);
	});

	it('dates the entries of an older device from its upgrade, so none goes sooner than the rule', async () => {
		const name = `prune-upgrade-${crypto.randomUUID()}`;
		const before = new Dexie(name);
		before.version(5).stores({ acked: 'key' });
		await before.table('acked').add(undated('kept'));
		before.close();

		const started = Date.now();
		db = new RecDb(name);
		const [upgraded] = await db.acked.toArray();
		expect(Date.parse(upgraded!.ackedAt)).toBeGreaterThanOrEqual(started);
		expect(
			await db.transaction('rw', [db.acked, db.ackedBatches, db.contacts], () =>
				pruneJournal(db, now)
			)
		).toBe(0);
	});

	it('prunes the first inserts kept one row per answer entry by entry, and the row once empty', async () => {
		db = new RecDb(`prune-batches-${crypto.randomUUID()}`);
		await db.table<SyncedRow, string>('contacts').bulkAdd([
			{ id: 'pulled', version: 2, updatedAt: now },
			{ id: 'behind', version: 1, updatedAt: now },
			{ id: 'also-pulled', version: 2, updatedAt: now }
		]);
		await db.ackedBatches.bulkAdd([
			{ ackedAt: old, entries: [acked('pulled', old), acked('behind', old)] },
			{ ackedAt: old, entries: [acked('also-pulled', old), acked('gone', old)] },
			{
				ackedAt: '2026-12-20T08:00:00.000Z',
				entries: [acked('recent', '2026-12-20T08:00:00.000Z')]
			}
		]);
		const tables = [db.acked, db.ackedBatches, db.contacts];
		expect(await db.transaction('rw', tables, () => pruneJournal(db, now))).toBe(3);
		const left = await db.ackedBatches.toArray();
		expect(left.map((batch) => batch.entries.map((entry) => entry.id))).toEqual([
			['behind'],
			['recent']
		]);
	});
});
