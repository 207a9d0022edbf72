import 'fake-indexeddb/auto';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyConsultation } from '$lib/domain/schemas/consultation';
import { generateDataKey } from '../crypto/wrap';
import { applyLocalChange, undoLocalInsert } from '../db/mutate';
import { RecDb } from '../db/rec-db';
import { unsentItemCount, unsentViews } from './unsent';

const origin = {
	createdAt: '2026-12-05T08:00:00.000Z',
	createdBy: 'user-1',
	countyId: 'pirkanmaa'
} as const;

const contact = {
	channel: 'phone',
	sourceType: 'school',
	themes: [],
	note: 'Muistiinpano',
	followUp: false,
	occurredAt: '2026-12-05T08:12:00.000Z',
	createdBy: 'user-1',
	countyId: 'pirkanmaa'
};

describe('what waits to be sent, read from the outbox', () => {
	let db: RecDb;
	afterEach(async () => {
		await db.delete();
	});

	/** One contact, and one request filled in step by step, then sent with its timeline entry. */
	async function contactAndRequest(key: CryptoKey) {
		const contactId = uuidv7();
		const requestId = uuidv7();
		await applyLocalChange(db, key, {
			table: 'contacts',
			op: 'insert',
			id: contactId,
			baseVersion: null,
			fields: contact
		});
		await applyLocalChange(db, key, {
			table: 'consultations',
			op: 'insert',
			id: requestId,
			baseVersion: null,
			fields: { ...emptyConsultation(origin), themes: ['demanding-separation'] }
		});
		for (const question of ['Miten', 'Miten tukea perhettä eron jälkeen?']) {
			await applyLocalChange(db, key, {
				table: 'consultations',
				op: 'update',
				id: requestId,
				baseVersion: 0,
				fields: { question }
			});
		}
		await applyLocalChange(db, key, {
			table: 'consultation_events',
			op: 'insert',
			id: uuidv7(),
			baseVersion: null,
			fields: {
				consultationId: requestId,
				type: 'note',
				text: 'Lähetetty',
				forRequester: false,
				stage: null,
				consent: null,
				at: origin.createdAt,
				createdBy: 'user-1',
				countyId: 'pirkanmaa'
			}
		});
		return { contactId, requestId };
	}

	it('counts one contact and one request as two, from five outbox entries', async () => {
		db = new RecDb(`test-${uuidv7()}`);
		const key = await generateDataKey();
		await contactAndRequest(key);
		expect(await db.outbox.count()).toBe(5);
		expect(await unsentItemCount(db)).toBe(2);
	});

	it('names the request by its question with the key, by its theme without', async () => {
		db = new RecDb(`test-${uuidv7()}`);
		const key = await generateDataKey();
		const { contactId, requestId } = await contactAndRequest(key);
		const unlocked = await unsentViews(db, key);
		expect(unlocked).toMatchObject([
			{ table: 'contacts', id: contactId, occurredAt: contact.occurredAt, changes: 1 },
			{
				table: 'consultations',
				id: requestId,
				question: 'Miten tukea perhettä eron jälkeen?',
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
		const { contactId } = await contactAndRequest(key);
		await undoLocalInsert(db, 'contacts', contactId);
		expect(await unsentItemCount(db)).toBe(2);
		const [undone] = await unsentViews(db, key);
		// The record is gone from the device: its time comes from the change that made it.
		expect(undone).toMatchObject({ id: contactId, removed: true, occurredAt: contact.occurredAt });
	});
});
