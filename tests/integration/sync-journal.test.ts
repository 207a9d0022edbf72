import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { JOURNAL_KEEP_DAYS } from '$lib/domain/sync/journal-prune';
import { demo, signIn } from '../support/api-client';
import { AppDevice } from '../support/app-device';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';
import { contactFields } from '../support/record-factories';

/**
 * The device's journal of acknowledged changes (README, Backup and restore) does not grow
 * forever: the app's own push forgets, on an answer from the same server epoch, the entries
 * acknowledged longer ago than a restore is expected to reach back.
 */
describe.each(testDatabaseKinds())('the journal of a device, against the server on %s', (kind) => {
	let app: TestApp;
	let phone: AppDevice;

	beforeAll(async () => {
		app = await startApp(kind);
		phone = await AppDevice.register(await signIn(app, demo.worker));
	}, 60_000);

	afterAll(async () => {
		await phone?.close();
		await app?.stop();
	});

	it('forgets what was acknowledged before the window at the next answer, and keeps what came since', async () => {
		const [early, late] = [uuidv7(), uuidv7()];
		await phone.change('contacts', 'insert', early, contactFields({ note: 'Kauan sitten' }));
		await phone.sync();
		const entry = await phone.db.acked.get(`contacts/${early}`);
		expect(Date.now() - Date.parse(entry!.ackedAt)).toBeLessThan(60_000);

		// As if acknowledged a day longer ago than the window: the record was pulled back since.
		const longAgo = Date.parse(entry!.ackedAt) - (JOURNAL_KEEP_DAYS + 1) * 24 * 60 * 60 * 1000;
		await phone.db.acked.update(entry!.key, { ackedAt: new Date(longAgo).toISOString() });
		expect((await phone.db.contacts.get(early))?.version).toBe(1);

		await phone.change('contacts', 'insert', late, contactFields({ note: 'Tänään' }));
		await phone.sync();
		expect(await phone.unsent()).toBe(0);
		expect(await phone.db.acked.toCollection().primaryKeys()).toEqual([`contacts/${late}`]);
	});
});
