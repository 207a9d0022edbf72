import type { RecDb } from '../db/rec-db';
import type { ReadyMark } from './offline-prep.svelte';

/** In the records database, so it goes with the person's data at sign-out. */
const READY_KEY = 'offlineReadyAt';

/** The device remembers when it first was ready offline: later starts then catch up quietly. */
export function readyMark(rec: RecDb): ReadyMark {
	return {
		get: async () => (await readySince(rec)) !== null,
		set: async () => {
			if (await readySince(rec)) return;
			await rec.meta.put({ key: READY_KEY, value: new Date().toISOString() });
		}
	};
}

/** When the device was first ready offline (for the More screen), or null while it is not. */
export async function readySince(rec: RecDb): Promise<Date | null> {
	const value = (await rec.meta.get(READY_KEY))?.value;
	return typeof value === 'string' ? new Date(value) : null;
}
