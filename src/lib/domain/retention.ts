/**
 * How long records are kept (issue 5): contacts for a number of months after they happened,
 * consultations for a number of months after the case was closed. The admin sets both; these
 * are the defaults. Plain data so the admin page can use it without zod.
 */
export const retentionKinds = ['contacts', 'consultations'] as const;
export type RetentionKind = (typeof retentionKinds)[number];
export type RetentionSettings = Record<RetentionKind, number>;

export const retentionDefaults: RetentionSettings = { contacts: 24, consultations: 60 };
export const RETENTION_MIN_MONTHS = 1;
export const RETENTION_MAX_MONTHS = 600;

/** What one run of the retention job deleted, and up to which day. */
export interface RetentionResult {
	at: string;
	/** Records from before these Finnish days (contacts: happened; cases: closed) were deleted. */
	cutoff: Record<RetentionKind, string>;
	deleted: { contacts: number; consultations: number; consultation_events: number };
}
