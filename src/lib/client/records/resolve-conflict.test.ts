import 'fake-indexeddb/auto';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { BOTH_SEPARATOR } from '$lib/domain/conflict-choice';
import { storeConsultation } from '../../../../tests/support/device-records';
import { decryptFields, encryptFields } from '../crypto/fields';
import { generateDataKey } from '../crypto/wrap';
import { RecDb } from '../db/rec-db';
import {
	conflictView,
	NotOnDevice,
	serverSides,
	settleConflict,
	sidesOf
} from './resolve-conflict';

/**
 * One resolver for both screens: the worker's notice of its own conflict (/app/sync) and the
 * coordinator's review of the server's list (/app/cases/conflicts).
 */
describe('settling a sync conflict', () => {
	let db: RecDb;
	afterEach(async () => {
		await db.delete();
	});

	async function setUp() {
		db = new RecDb(`test-${uuidv7()}`);
		const key = await generateDataKey();
		const id = uuidv7();
		// As pulled after the conflict: the server's values at version 4, free text encrypted.
		await storeConsultation(db, key, {
			id,
			version: 4,
			themes: ['demanding-separation', 'neurodevelopmental'],
			plan: 'Palvelimen suunnitelma'
		});
		return { key, id };
	}

	it('keeps both lists on the worker’s screen: offered, united, and the notice settled', async () => {
		const { key, id } = await setUp();
		const yours = await encryptFields(
			key,
			{ themes: ['demanding-separation', 'violence-against-children'] },
			[]
		);
		await db.syncIssues.put({
			mid: 7,
			table: 'consultations',
			recordId: id,
			status: 'conflict',
			fields: ['themes'],
			yours,
			at: '2026-05-01T00:00:00.000Z'
		});
		const issue = (await db.syncIssues.get(7))!;
		const [view] = await conflictView(db, key, issue);
		expect(view).toEqual({
			field: 'themes',
			yours: ['demanding-separation', 'violence-against-children'],
			theirs: ['demanding-separation', 'neurodevelopmental'],
			joinable: true
		});

		await settleConflict(db, key, sidesOf(issue, view!), 'both');
		const [entry] = await db.outbox.toArray();
		expect(entry).toMatchObject({
			op: 'update',
			baseVersion: 4,
			resolves: ['themes'],
			fields: {
				themes: ['demanding-separation', 'neurodevelopmental', 'violence-against-children']
			}
		});
		expect(await db.syncIssues.count()).toBe(0);
	});

	it('keeps both lists on the coordinator’s screen, on the newer of the two versions', async () => {
		const { key, id } = await setUp();
		const conflict = {
			table: 'consultations' as const,
			recordId: id,
			recordVersion: 6,
			field: 'themes',
			serverValue: ['demanding-separation', 'neurodevelopmental'],
			clientValue: ['violence-against-children']
		};
		await settleConflict(db, key, serverSides(conflict), 'both');
		const [entry] = await db.outbox.toArray();
		expect(entry).toMatchObject({
			baseVersion: 6,
			resolves: ['themes'],
			fields: {
				themes: ['demanding-separation', 'neurodevelopmental', 'violence-against-children']
			}
		});
	});

	it('joins two texts, encrypted like any change, and settles this device’s own notice of the field', async () => {
		const { key, id } = await setUp();
		// This device had sent the losing plan: its own notice goes with the settlement.
		await db.syncIssues.put({
			mid: 9,
			table: 'consultations',
			recordId: id,
			status: 'conflict',
			fields: ['plan', 'outcome'],
			at: '2026-05-01T00:00:00.000Z'
		});
		const conflict = {
			table: 'consultations' as const,
			recordId: id,
			recordVersion: 3,
			field: 'plan',
			serverValue: 'Palvelimen suunnitelma',
			clientValue: 'Laitteen suunnitelma'
		};
		await settleConflict(db, key, serverSides(conflict), 'theirs');
		expect((await db.syncIssues.get(9))?.fields).toEqual(['outcome']);
		await settleConflict(db, key, serverSides(conflict), 'both');
		const [theirs, both] = await db.outbox.orderBy('mid').toArray();
		// The device's version is the newer one here.
		expect(theirs).toMatchObject({ fields: {}, resolves: ['plan'], baseVersion: 4 });
		expect(JSON.stringify(both)).not.toContain('suunnitelma');
		const plain = await decryptFields(key, both!.fields, ['plan']);
		expect(plain.plan).toBe(`Palvelimen suunnitelma${BOTH_SEPARATOR}Laitteen suunnitelma`);
	});

	it('refuses to settle a record that is not on the device, on either screen', async () => {
		const { key } = await setUp();
		const sides = {
			table: 'contacts' as const,
			recordId: uuidv7(),
			field: 'note',
			theirs: 'a',
			yours: 'b'
		};
		await expect(settleConflict(db, key, sides, 'yours')).rejects.toBeInstanceOf(NotOnDevice);
		expect(await db.outbox.count()).toBe(0);
	});
});
