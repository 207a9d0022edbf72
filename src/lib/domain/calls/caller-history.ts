/** Who is calling, as far as the call form knows: the organisation's kind and its municipality. */
export interface Caller {
	sourceType: string;
	municipalityId: string;
}

/** A contacts row as the desk reads it (clear fields only). */
export interface HistoryContact {
	id: string;
	kind?: unknown;
	sourceType?: unknown;
	municipalityId?: unknown;
	occurredAt?: unknown;
}

/** A consultations row as the desk reads it (clear fields only). */
export interface HistoryConsultation {
	id: string;
	status?: unknown;
	municipalityId?: unknown;
	sourceContactId?: unknown;
	updatedAt?: unknown;
}

export interface CallerHistory<C, K> {
	/** The caller's latest calls about a case, newest first (at most `limit`). */
	contacts: C[];
	/** The open consultations the caller's calls or municipality lead to, most recently changed first. */
	consultations: K[];
}

/**
 * What the device already knows about the caller while the coordinator fills in the call:
 * their earlier calls about a case and the open consultations from them. Every field the form has
 * filled must match (an organisation of that kind, in that municipality); a case matches on
 * its municipality and on the kind of organisation whose call opened it. Null until the form
 * says anything about the caller.
 */
export function callerHistory<C extends HistoryContact, K extends HistoryConsultation>(
	contacts: readonly C[],
	consultations: readonly K[],
	caller: Caller,
	limit = 5
): CallerHistory<C, K> | null {
	const { sourceType, municipalityId } = caller;
	if (!sourceType && !municipalityId) return null;
	const fits = (row: { sourceType?: unknown; municipalityId?: unknown }) =>
		(!sourceType || row.sourceType === sourceType) &&
		(!municipalityId || row.municipalityId === municipalityId);
	const calls = contacts.filter((row) => row.kind === 'case' && fits(row));
	const sourceOf = new Map(contacts.map((row) => [row.id, row.sourceType]));
	const newest = (a: unknown, b: unknown) => String(b ?? '').localeCompare(String(a ?? ''));
	return {
		contacts: [...calls].sort((a, b) => newest(a.occurredAt, b.occurredAt)).slice(0, limit),
		consultations: consultations
			.filter(
				(row) =>
					row.status === 'submitted' &&
					fits({
						municipalityId: row.municipalityId,
						sourceType:
							typeof row.sourceContactId === 'string'
								? sourceOf.get(row.sourceContactId)
								: undefined
					})
			)
			.sort((a, b) => newest(a.updatedAt, b.updatedAt))
			.slice(0, limit)
	};
}
