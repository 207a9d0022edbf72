import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '$lib/server/db/connect';
import { catchUpStatsFacts } from '$lib/server/stats/facts-table';
import { demo, signIn, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';
import { connectToApp, contactFields, TestDevice } from '../support/record-factories';

const CONTACTS = 23;

describe.each(testDatabaseKinds())('statistics facts caught up batch by batch on %s', (kind) => {
	let app: TestApp;
	let handle: DatabaseHandle;
	let coordinator: ApiClient;

	beforeAll(async () => {
		app = await startApp(kind);
		handle = await connectToApp(app);
		coordinator = await signIn(app, demo.coordinator);
	});
	afterAll(async () => {
		await handle?.db.destroy();
		await app?.stop();
	});

	it('brings every pushed contact into the facts in batches, resting between them', async () => {
		const device = await TestDevice.register(coordinator);
		const ids = await device.push(
			Array.from({ length: CONTACTS }, (_, n) => ({
				table: 'contacts' as const,
				fields: contactFields({
					occurredAt: `2026-03-${String(n + 1).padStart(2, '0')}T09:00:00.000Z`
				})
			}))
		);
		// Batches of 4 (the server's own warm-up may take some of them at the same time: the
		// facts lock lets one writer in at a time, and nothing is read twice).
		await catchUpStatsFacts(handle.db, { batch: 4, background: true });

		const facts = await handle.db
			.selectFrom('stats_facts')
			.select('id')
			.where('id', 'in', ids)
			.execute();
		expect(facts.map((row) => row.id).sort()).toEqual([...ids].sort());
		const newest = await handle.db
			.selectFrom('records')
			.select((eb) => eb.fn.max('seq').as('seq'))
			.executeTakeFirstOrThrow();
		const mark = await handle.db
			.selectFrom('counters')
			.select('value')
			.where('name', '=', 'stats_facts')
			.executeTakeFirstOrThrow();
		expect(Number(mark.value)).toBe(Number(newest.seq));
		// Nothing is left: a second catch-up reads no record.
		expect(await catchUpStatsFacts(handle.db, { batch: 4 })).toBe(0);

		const month = await coordinator.get(
			'/api/v1/stats?from=2026-03-01&to=2026-03-31&area=pirkanmaa'
		);
		expect(month.status).toBe(200);
		expect(month.body.contacts.total).toBe(CONTACTS);
	});
});
