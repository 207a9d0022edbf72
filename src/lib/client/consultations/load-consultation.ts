import type { RecDb } from '../db/rec-db';
import { readConsultation } from '../records/consultations';
import { readEvents } from '../records/consultation-events';
import type { ConsultationDetail, ConsultationEventDetail } from './consultation-row';

/**
 * Reads a consultation and its timeline from the device and decrypts their free text. Fit for a
 * LiveQuery: every database read comes first, and Web Crypto is awaited through
 * Promise.resolve, as Dexie asks of non-Dexie async work inside a live query.
 */
export async function loadConsultation(
	db: RecDb,
	key: () => CryptoKey,
	id: string
): Promise<{ item: ConsultationDetail; events: ConsultationEventDetail[] } | null> {
	const row = await db.consultations.get(id);
	const eventRows = await db.consultation_events.where('consultationId').equals(id).toArray();
	if (!row) return null;
	const item = await Promise.resolve(readConsultation(key(), row));
	const events = await Promise.resolve(readEvents(key(), eventRows));
	return { item, events };
}
