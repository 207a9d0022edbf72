import { v7 as uuidv7 } from 'uuid';
import { applyLocalChange } from '$lib/client/db/mutate';
import type { RecDb } from '$lib/client/db/rec-db';
import { emptyConsultation } from '$lib/domain/schemas/consultation';

/** The request's question once typed in full: what the lists of unsent items name it by. */
export const unsentQuestion = 'Miten tukea perhettä eron jälkeen?';

/** When the contact happened: 5 December at 10.12 on the device's clock. */
export const unsentContactAt = new Date(2026, 11, 5, 10, 12).toISOString();

/**
 * What waits to be sent on a device after a typical morning, for the outbox's tests and the
 * sync badge's: one contact, and one request filled in step by step (its question typed in
 * two saves), then sent with its timeline entry — five outbox entries, two items.
 */
export async function queueContactAndRequest(db: RecDb, key: CryptoKey) {
	const origin = {
		createdAt: '2026-12-05T08:00:00.000Z',
		createdBy: 'user-1',
		countyId: 'pirkanmaa'
	};
	const contactId = uuidv7();
	const requestId = uuidv7();
	await applyLocalChange(db, key, {
		table: 'contacts',
		op: 'insert',
		id: contactId,
		baseVersion: null,
		fields: {
			channel: 'phone',
			sourceType: 'school',
			themes: [],
			note: 'Muistiinpano',
			followUp: false,
			occurredAt: unsentContactAt,
			createdBy: origin.createdBy,
			countyId: origin.countyId
		}
	});
	await applyLocalChange(db, key, {
		table: 'consultations',
		op: 'insert',
		id: requestId,
		baseVersion: null,
		fields: { ...emptyConsultation(origin), themes: ['demanding-separation'] }
	});
	for (const question of ['Miten', unsentQuestion]) {
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
			createdBy: origin.createdBy,
			countyId: origin.countyId
		}
	});
	return { contactId, requestId };
}
