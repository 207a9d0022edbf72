import { sensitiveFields } from '$lib/domain/sensitive-fields';
import { decryptFields } from '../crypto/fields';
import type { RecDb } from '../db/rec-db';
import type { CaseDetail, CaseEvent } from './case-row';

/**
 * Reads a case and its timeline from the device and decrypts their free text. Fit for a
 * LiveQuery: every database read comes first, and Web Crypto is awaited through
 * Promise.resolve, as Dexie asks of non-Dexie async work inside a live query.
 */
export async function loadCase(
	db: RecDb,
	key: () => CryptoKey,
	id: string
): Promise<{ item: CaseDetail; events: CaseEvent[] } | null> {
	const row = await db.consultations.get(id);
	const eventRows = await db.consultation_events.where('consultationId').equals(id).toArray();
	if (!row) return null;
	const names = sensitiveFields.consultations.filter((name) => name in row);
	const item = await Promise.resolve(decryptFields(key(), row, names));
	const events = await Promise.resolve(
		Promise.all(
			eventRows.map((event) =>
				decryptFields(
					key(),
					event,
					sensitiveFields.consultation_events.filter((name) => name in event)
				)
			)
		)
	);
	return {
		item: item as unknown as CaseDetail,
		events: (events as unknown as CaseEvent[]).sort((a, b) => a.at.localeCompare(b.at))
	};
}
