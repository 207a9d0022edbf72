import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '$lib/server/db/connect';
import { testDatabaseKinds } from '../support/databases';
import { databaseAt, migrateTo } from '../support/migrated-database';

/**
 * 0014-internal-notes-experts: a coordinator's internal note on a case the coordinator owns
 * (received from a call) had been marked read by the case's experts; it becomes 'no-longer'
 * with a new seq after every other row, so the experts' devices are sent a removal. What the
 * experts may read stays as it was: notes shown to the requester, the requester's own, an
 * expert's.
 */
describe.each(testDatabaseKinds())(
	'coordinators’ internal notes leave the experts, on %s',
	(kind) => {
		let handle: DatabaseHandle;
		let close: () => Promise<void>;
		const ids = {
			fromCall: uuidv7(),
			internal: uuidv7(),
			shown: uuidv7(),
			request: uuidv7(),
			requesters: uuidv7(),
			experts: uuidv7()
		};

		beforeAll(async () => {
			({ handle, close } = await databaseAt(kind, '0013-mobile-pair-readers'));
			// The accounts' table as far as the migration reads it (better-auth makes it at start).
			await handle.db.schema
				.createTable('auth_user')
				.addColumn('id', 'text', (col) => col.primaryKey())
				.addColumn('name', 'text')
				.addColumn('email', 'text')
				.addColumn('role', 'text')
				.addColumn('countyId', 'text')
				.execute();
			const user = (id: string, role: string) => ({
				id,
				name: id,
				email: `${id}@example.fi`,
				role,
				countyId: 'pirkanmaa'
			});
			await handle.db
				.insertInto('auth_user')
				.values([
					user('coordinator-1', 'coordinator'),
					user('worker-1', 'worker'),
					user('expert-1', 'expert')
				])
				.execute();
			let seq = 0;
			const record = (id: string, kind: string, owner: string, caseId: string, data: object) => ({
				id,
				kind,
				owner_id: owner,
				county_id: 'pirkanmaa',
				version: 1,
				seq: ++seq,
				updated_at: '2026-11-03T09:00:00.000Z',
				data: JSON.stringify({ ...data, countyId: 'pirkanmaa' }),
				stamps: '{}',
				case_id: caseId,
				experts_read: 'yes' as const
			});
			const note = (caseId: string, createdBy: string, forRequester: boolean) => ({
				consultationId: caseId,
				type: 'note',
				text: 'Muistiinpano',
				forRequester,
				createdBy
			});
			const { fromCall, request } = ids;
			await handle.db
				.insertInto('records')
				.values([
					record(fromCall, 'consultations', 'coordinator-1', fromCall, { status: 'submitted' }),
					record(ids.internal, 'consultation_events', 'coordinator-1', fromCall, {
						...note(fromCall, 'coordinator-1', false)
					}),
					record(ids.shown, 'consultation_events', 'coordinator-1', fromCall, {
						...note(fromCall, 'coordinator-1', true)
					}),
					record(request, 'consultations', 'worker-1', request, { status: 'submitted' }),
					record(ids.requesters, 'consultation_events', 'worker-1', request, {
						...note(request, 'worker-1', false)
					}),
					record(ids.experts, 'consultation_events', 'worker-1', request, {
						...note(request, 'expert-1', false)
					})
				])
				.execute();
			await handle.db
				.updateTable('counters')
				.set({ value: sql`${seq}` })
				.where('name', '=', 'seq')
				.execute();
			await migrateTo(handle, '0014-internal-notes-experts');
		});

		afterAll(async () => {
			await close?.();
		});

		it('hides the internal note from the experts, with a new seq after every other row', async () => {
			const rows = await handle.db
				.selectFrom('records')
				.select(['id', 'seq', 'experts_read'])
				.orderBy('seq')
				.execute();
			expect(rows.map((row) => [row.id, Number(row.seq), row.experts_read])).toEqual([
				[ids.fromCall, 1, 'yes'],
				[ids.shown, 3, 'yes'],
				[ids.request, 4, 'yes'],
				[ids.requesters, 5, 'yes'],
				[ids.experts, 6, 'yes'],
				[ids.internal, 7, 'no-longer']
			]);
			const counter = await handle.db
				.selectFrom('counters')
				.select('value')
				.where('name', '=', 'seq')
				.executeTakeFirstOrThrow();
			expect(Number(counter.value)).toBe(7);
		});
	}
);
