import { encryptFields } from '../../src/lib/client/crypto/fields';
import type { RecDb } from '../../src/lib/client/db/rec-db';
import {
	emptyConsultation,
	type ConsultationFields
} from '../../src/lib/domain/schemas/consultation';
import { sensitiveFields } from '../../src/lib/domain/sensitive-fields';

/**
 * A consultation as a device holds it after a pull: every field (a draft's empty ones unless
 * given), free text encrypted with the device key, at the server's `version`.
 */
export async function storeConsultation(
	db: RecDb,
	key: CryptoKey,
	row: { id: string; version: number } & Partial<ConsultationFields>
) {
	const { id, version, ...given } = row;
	const fields: ConsultationFields = {
		...emptyConsultation({
			createdAt: '2026-05-01T00:00:00.000Z',
			createdBy: 'user-0',
			countyId: 'pirkanmaa'
		}),
		...given
	};
	const stored = await encryptFields(key, fields, sensitiveFields.consultations);
	await db.consultations.put({ ...stored, id, version, updatedAt: '2026-05-01T00:00:00.000Z' });
}
