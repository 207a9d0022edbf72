import { apiRequest } from '../api/http';

/** An open sync conflict as GET /api/v1/sync/conflicts lists it (server/sync/conflicts.ts). */
export interface ConflictView {
	id: string;
	table: 'contacts' | 'consultations' | 'consultation_events';
	recordId: string;
	recordVersion: number;
	countyId: string;
	field: string;
	serverValue: unknown;
	clientValue: unknown;
	sentBy: { id: string; name: string | null };
	at: string;
	savedBy: { id: string; name: string | null } | null;
}

/** The open conflicts this person settles (their county's; an admin's: all). */
export async function fetchConflicts(): Promise<ConflictView[]> {
	const { conflicts } = await apiRequest<{ conflicts: ConflictView[] }>('/api/v1/sync/conflicts');
	return conflicts;
}
