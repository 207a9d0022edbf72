import 'fake-indexeddb/auto';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import {
	queueContactAndRequest,
	unsentContactAt,
	unsentQuestion
} from '../../../../tests/support/unsent-fixtures';
import { generateDataKey } from '../crypto/wrap';
import { undoLocalInsert } from '../db/mutate';
import { RecDb } from '../db/rec-db';
import { unsentItemCount, unsentViews } from './unsent';

describe('what waits to be sent, read from the outbox', () => {
	let db: RecDb;
	afterEach(async () => {
		await db.delete();
	});

	it('counts one contact and one request as two, from five outbox entries', async () => {
		db = new RecDb(`test-${uuidv7()}`);
		const key = await generateDataKey();
		await queueContactAndRequest(db, key);
		expect(await db.outbox.count()).toBe(5);
		expect(await unsentItemCount(db)).toBe(2);
	});

	it('names the request by its question with the key, by its theme without', async () => {
		db = new RecDb(`test-${uuidv7()}`);
		const key = await generateDataKey();
		const { contactId, requestId } = await queueContactAndRequest(db, key);
		const unlocked = await unsentViews(db, key);
		expect(unlocked).toMatchObject([
			{ table: 'contacts', id: contactId, occurredAt: unsentContactAt, changes: 1 },
			{
				table: 'consultations',
				id: requestId,
				question: unsentQuestion,
				themes: ['demanding-separation'],
				changes: 4
			}
		]);
		const locked = await unsentViews(db, null);
		expect(locked[1]!.question).toBeUndefined();
	});

	it('keeps a contact taken back with Undo as one item until its removal is sent', async () => {
		db = new RecDb(`test-${uuidv7()}`);
		const key = await generateDataKey();
		const { contactId } = await queueContactAndRequest(db, key);
		await undoLocalInsert(db, 'contacts', contactId);
		expect(await unsentItemCount(db)).toBe(2);
		const [undone] = await unsentViews(db, key);
		// The record is gone from the device: its time comes from the change that made it.
		expect(undone).toMatchObject({ id: contactId, removed: true, occurredAt: unsentContactAt });
	});
});
