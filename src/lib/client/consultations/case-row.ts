import type { ConsultationRow } from '../db/rec-db';
import type { ConsultationRecord } from '../records/consultations';
import type { EventRecord } from '../records/consultation-events';

/**
 * A consultation case as the board reads it from the device: the clear fields typed by the
 * store (rec-db.ts), free text still encrypted until the case page decrypts it.
 */
export type CaseRow = ConsultationRow;

/** A case with its free text decrypted, for the case page. */
export type CaseDetail = ConsultationRecord;

/** An entry of a case's timeline, its text decrypted. */
export type CaseEvent = EventRecord;
