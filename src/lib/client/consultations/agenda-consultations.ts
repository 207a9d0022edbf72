import type { RecDb } from '../db/rec-db';
import { readConsultation } from '../records/consultations';
import type { ConsultationDetail } from './consultation-row';

/**
 * The open consultations on the device set for a group, their free text decrypted (the agenda shows
 * the prepared question). Only the group's are decrypted, not the whole board. Fit for a
 * LiveQuery: the database read comes first (see load-consultation.ts).
 */
export async function loadGroupConsultations(
	db: RecDb,
	key: () => CryptoKey,
	groupId: string
): Promise<ConsultationDetail[]> {
	const rows = await db.consultations.toArray();
	const set = rows.filter(
		(row) => row.groupId === groupId && row.status !== 'closed' && row.status !== 'draft'
	);
	return Promise.resolve(Promise.all(set.map((row) => readConsultation(key(), row))));
}
