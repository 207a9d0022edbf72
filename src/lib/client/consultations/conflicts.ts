import { ConflictsAnswer, type ConflictView } from '$lib/domain/api/sync';
import { apiRequest } from '../api/http';

export type { ConflictView };

/** The open conflicts this person settles (their county's; an admin's: all). */
export async function fetchConflicts(): Promise<ConflictView[]> {
	const { conflicts } = await apiRequest('/api/v1/sync/conflicts', ConflictsAnswer);
	return conflicts;
}
