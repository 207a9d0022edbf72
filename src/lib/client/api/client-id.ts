import { v7 as uuidv7 } from 'uuid';
import type { RecDb } from '../db/rec-db';

const KEY = 'clientId';

/**
 * This device's id (DESIGN.md: made on the device, kept in rec.meta). It goes with every API
 * call so the server can refuse a revoked device; a wiped device starts with a new one.
 */
export async function ensureClientId(db: RecDb): Promise<string> {
	return db.transaction('rw', db.meta, async () => {
		const row = await db.meta.get(KEY);
		if (typeof row?.value === 'string') return row.value;
		const clientId = uuidv7();
		await db.meta.put({ key: KEY, value: clientId });
		return clientId;
	});
}
