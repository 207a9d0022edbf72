import type { Expert } from '$lib/domain/schemas/expert';
import type { RefDb } from './ref-db';

/** Experts in name order, for lists and for the live directory view. */
export function expertsByName(db: RefDb): Promise<Expert[]> {
	return db.experts.orderBy('name').toArray();
}

/** Stores downloaded experts, replacing older copies of the same ids. */
export async function saveExperts(db: RefDb, experts: Expert[]): Promise<void> {
	await db.experts.bulkPut(experts);
}
