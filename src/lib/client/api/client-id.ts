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
		// A random v4 id: it names the device, it is never ordered, so v7 buys nothing here.
		const clientId = crypto.randomUUID();
		await db.meta.put({ key: KEY, value: clientId });
		return clientId;
	});
}
