import type { BoardCase } from '$lib/domain/case-board';
import type { Consultation, ConsultationEvent } from '$lib/domain/schemas/consultation';
import type { RecordRow } from '../db/rec-db';

/**
 * A consultation case as the device stores it: the clear fields typed (the server validated
 * them), free text still encrypted until a screen decrypts it.
 */
export interface CaseRow extends BoardCase {
	version: number;
	municipalityId: string | null;
	childAgeGroup: string | null;
	highRisk: string[];
	requesterOrganisation: string;
	consent: string;
	flagged?: boolean;
}

export const asCaseRows = (rows: readonly RecordRow[]) => rows as unknown as CaseRow[];

/** A case with its free text decrypted, for the case page. */
export type CaseDetail = CaseRow & Omit<Consultation, keyof CaseRow>;

/** An entry of a case's timeline, its text decrypted. */
export type CaseEvent = ConsultationEvent;
