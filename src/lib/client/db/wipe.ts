import type { RecDb } from './rec-db';
import type { RefDb } from './ref-db';

/** Unsent changes: a sign-out or user switch must warn before they are thrown away. */
export function unsentCount(rec: RecDb): Promise<number> {
	return rec.outbox.count();
}

/** Removes both local databases (sign-out, user switch, or a wipe ordered by the server). */
export async function wipeLocalData(rec: RecDb, ref: RefDb): Promise<void> {
	rec.close();
	ref.close();
	await Promise.all([rec.delete(), ref.delete()]);
}
