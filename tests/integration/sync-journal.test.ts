import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { readJournal } from '$lib/client/sync/recover';
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
		// The app stops even if closing the device's store throws, so no server outlives the run.
		try {
			await phone?.close();
		} finally {
			await app?.stop();
		}
	});

	it('forgets what was acknowledged before the window at the next answer, and keeps what came since', async () => {
		const [early, late] = [uuidv7(), uuidv7()];
		await phone.change('contacts', 'insert', early, contactFields({ note: 'Kauan sitten' }));
		await phone.sync();
		// A first insert is journaled in its answer's row (one per push answer).
		const [batch] = await phone.db.ackedBatches.toArray();
		expect(batch!.entries.map((entry) => entry.key)).toEqual([`contacts/${early}`]);
		expect(Date.now() - Date.parse(batch!.ackedAt)).toBeLessThan(60_000);

		// As if acknowledged a day longer ago than the window: the record was pulled back since.
		const longAgo = new Date(
			Date.parse(batch!.ackedAt) - (JOURNAL_KEEP_DAYS + 1) * 24 * 60 * 60 * 1000
		).toISOString();
		await phone.db.ackedBatches.put({
			...batch!,
			ackedAt: longAgo,
			entries: batch!.entries.map((entry) => ({ ...entry, ackedAt: longAgo }))
		});
		expect((await phone.db.contacts.get(early))?.version).toBe(1);

		await phone.change('contacts', 'insert', late, contactFields({ note: 'Tänään' }));
		await phone.sync();
		expect(await phone.unsent()).toBe(0);
		const journal = await phone.db.transaction('r', [phone.db.acked, phone.db.ackedBatches], () =>
			readJournal(phone.db)
		);
		expect(journal.map((entry) => entry.key)).toEqual([`contacts/${late}`]);
	});
});
