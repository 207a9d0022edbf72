import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyMunicipalityIds } from '$lib/domain/legacy-area-ids';
import type { DatabaseHandle } from '$lib/server/db/connect';
import { testDatabaseKinds } from '../support/databases';
import { databaseAt, migrateTo } from '../support/migrated-database';

const legacy = Object.keys(legacyMunicipalityIds);

describe.each(testDatabaseKinds())('municipality ids become codes, on %s', (kind) => {
	let handle: DatabaseHandle;
	let close: () => Promise<void>;
	type Row = Record<string, unknown> & { id: string; data: string | null; seq: unknown };
	let recordsBefore: Row[];
	let entriesBefore: Row[];
	const ids = { contact: uuidv7(), request: uuidv7(), blank: uuidv7(), gone: uuidv7() };
	const entryIds = { service: uuidv7(), expert: uuidv7() };

	beforeAll(async () => {
		({ handle, close } = await databaseAt(kind, '0007-record-readers'));
		const record = (id: string, kind: string, seq: number, data: object | null, deleted = 0) => ({
			id,
			kind,
			owner_id: 'worker-1',
			county_id: 'pirkanmaa',
			version: 3,
			seq,
			deleted,
			flagged: 0,
			updated_at: '2026-11-03T09:00:00.000Z',
			data: data && JSON.stringify({ ...data, countyId: 'pirkanmaa' }),
			stamps: JSON.stringify({ municipalityId: { version: 2, clientId: 'phone' } }),
			owner_reads: 'yes' as const
		});
		await handle.db
			.insertInto('records')
			.values([
				record(ids.contact, 'contacts', 1, { municipalityId: 'tampere', themes: ['housing'] }),
				record(ids.request, 'consultations', 2, { municipalityId: 'mantta-vilppula' }),
				record(ids.blank, 'consultations', 3, { municipalityId: null }),
				record(ids.gone, 'contacts', 4, null, 1)
			])
			.execute();
		const entry = (id: string, kind: string, seq: number, data: object) => ({
			id,
			kind,
			county_id: 'pirkanmaa',
			version: 5,
			seq,
			deleted: 0,
			updated_at: '2026-11-03T09:00:00.000Z',
			data: JSON.stringify(data)
		});
		await handle.db
			.insertInto('directory_entries')
			.values([
				entry(entryIds.service, 'services', 5, {
					name: { fi: 'Palvelu' },
					municipalityIds: legacy
				}),
				entry(entryIds.expert, 'experts', 6, {
					name: 'Tampere-asiantuntija',
					countyId: 'pirkanmaa'
				})
			])
			.execute();
		await handle.db
			.insertInto('sync_conflicts')
			.values({
				id: uuidv7(),
				record_id: ids.contact,
				kind: 'contacts',
				field: 'municipalityId',
				client_id: 'phone',
				user_id: 'worker-1',
				client_value: JSON.stringify('nokia'),
				server_value: JSON.stringify('tampere'),
				server_version: 3,
				created_at: '2026-11-03T09:00:00.000Z'
			})
			.execute();
		await handle.db.updateTable('counters').set({ value: 6 }).where('name', '=', 'seq').execute();
		recordsBefore = (await handle.db
			.selectFrom('records')
			.selectAll()
			.orderBy('id')
			.execute()) as Row[];
		entriesBefore = (await handle.db
			.selectFrom('directory_entries')
			.selectAll()
			.orderBy('id')
			.execute()) as Row[];
		// This migration's own step: later ones add columns of their own.
		await migrateTo(handle, '0008-municipality-codes');
	});

	afterAll(async () => {
		await close?.();
	});

	const byId = async (table: 'records' | 'directory_entries') =>
		new Map(
			((await handle.db.selectFrom(table).selectAll().execute()) as Row[]).map((row) => [
				row.id,
				row
			])
		);

	it('rewrites the ids in records, keeps every other field, and sends them again', async () => {
		const after = await byId('records');
		expect(after.size).toBe(recordsBefore.length);
		const data = (id: string) => JSON.parse(after.get(id)!.data!);
		expect(data(ids.contact)).toEqual({
			municipalityId: '837',
			themes: ['housing'],
			countyId: 'pirkanmaa'
		});
		expect(data(ids.request).municipalityId).toBe('508');
		for (const before of recordsBefore) {
			const row = after.get(before.id)!;
			const changed = before.id === ids.contact || before.id === ids.request;
			const { data: _a, seq: seqAfter, ...restAfter } = row;
			const { data: _b, seq: seqBefore, ...restBefore } = before;
			expect(restAfter).toEqual(restBefore);
			if (changed) expect(Number(seqAfter)).toBeGreaterThan(6);
			else {
				expect(Number(seqAfter)).toBe(Number(seqBefore));
				expect(row.data).toBe(before.data);
			}
		}
	});

	it('rewrites the areas of directory services, all 118 old ids, and leaves the rest alone', async () => {
		const after = await byId('directory_entries');
		expect(after.size).toBe(entriesBefore.length);
		const service = JSON.parse(after.get(entryIds.service)!.data!);
		expect(service.municipalityIds).toEqual(legacy.map((id) => legacyMunicipalityIds[id]));
		expect(new Set(service.municipalityIds).size).toBe(118);
		expect(Number(after.get(entryIds.service)!.version)).toBe(5);
		expect(Number(after.get(entryIds.service)!.seq)).toBeGreaterThan(6);
		const expert = after.get(entryIds.expert)!;
		const expertBefore = entriesBefore.find((row) => row.id === entryIds.expert)!;
		expect(expert.data).toBe(expertBefore.data);
		expect(Number(expert.seq)).toBe(6);
	});

	it('rewrites the values an open conflict kept, and hands out no seq twice', async () => {
		const [conflict] = await handle.db.selectFrom('sync_conflicts').selectAll().execute();
		expect([conflict!.client_value, conflict!.server_value]).toEqual(['"536"', '"837"']);
		const seqs = [
			...(await byId('records')).values(),
			...(await byId('directory_entries')).values()
		].map((row) => Number(row.seq));
		expect(new Set(seqs).size).toBe(seqs.length);
		const counter = await handle.db
			.selectFrom('counters')
			.select('value')
			.where('name', '=', 'seq')
			.executeTakeFirstOrThrow();
		expect(Math.max(...seqs)).toBe(Number(counter.value));
	});
});
