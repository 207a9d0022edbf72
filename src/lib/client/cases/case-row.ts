import type { BoardCase } from '$lib/domain/case-board';
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
	flagged?: boolean;
}

export const asCaseRows = (rows: readonly RecordRow[]) => rows as unknown as CaseRow[];

/** A case with its free text decrypted, for the case page. */
export interface CaseDetail extends CaseRow {
	requesterName: string;
	requesterPhone: string;
	consent: string;
	consentDate: string | null;
	consentMethod: string | null;
	consentJustification: string;
	clientGroups: string[];
	servicesInvolved: string[];
	stuck: string;
	question: string;
	background: string;
	helpWanted: string[];
	preferredExpertise: string[];
	preferredExpertIds: string[];
	preferredGroupIds: string[];
	handlingDate: string | null;
	plan: string;
	outcome: string;
	feedbackRating: number | null;
	feedbackComment: string;
	closedAt: string | null;
	createdBy: string;
}

/** An entry of a case's timeline, its text decrypted. */
export interface CaseEvent {
	id: string;
	consultationId: string;
	type: 'note' | 'consent' | 'stage' | 'feedback';
	text: string;
	forRequester: boolean;
	stage: string | null;
	consent: string | null;
	at: string;
	createdBy: string;
}
