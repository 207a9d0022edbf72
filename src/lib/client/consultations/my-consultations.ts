import { compareMyConsultations } from '$lib/domain/my-consultations';
import type { RecDb } from '../db/rec-db';
import { readConsultation } from '../records/consultations';
import type { ConsultationDetail } from './consultation-row';

/**
 * The expert's consultations on the device, their free text decrypted (the list shows the prepared
 * question). The server sends an expert only the consultations they need to know, so this is all of
 * them. Fit for a LiveQuery: the database read comes first (see load-consultation.ts).
 */
export async function loadMyConsultations(
	db: RecDb,
	key: () => CryptoKey
): Promise<ConsultationDetail[]> {
	const rows = await db.consultations.toArray();
	const items = await Promise.resolve(Promise.all(rows.map((row) => readConsultation(key(), row))));
	return items.sort(compareMyConsultations);
}
