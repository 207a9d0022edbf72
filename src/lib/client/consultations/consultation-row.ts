import type { ConsultationRecord } from '../records/consultations';
import type { EventRecord } from '../records/consultation-events';

/**
 * A consultation as the board reads it from the device: the clear fields typed by the store
 * (rec-db.ts), free text still encrypted until the consultation page decrypts it.
 */
export type { ConsultationRow } from '../db/rec-db';

/** A consultation with its free text decrypted, for the consultation page. */
export type ConsultationDetail = ConsultationRecord;

/** An event of a consultation's timeline, its text decrypted. */
export type ConsultationEventDetail = EventRecord;
