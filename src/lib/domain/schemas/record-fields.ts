import type { z } from 'zod';
import type { RecordTable } from '../sensitive-fields';
import { Contact } from './contact';
import { Consultation, ConsultationEvent } from './consultation';

/**
 * The fields of each record table, without the id (the row's): what a device writes, checked
 * on the device before its transaction (client/db/mutate.ts) and again by the server
 * (server/sync/record-kinds.ts). The device's local store is typed with them (client/db/rec-db.ts).
 */
export const recordFields = {
	contacts: Contact.omit({ id: true }),
	consultations: Consultation.omit({ id: true }),
	consultation_events: ConsultationEvent.omit({ id: true })
} as const satisfies Record<RecordTable, z.ZodObject>;

/** The fields of a record of `table`, its free text in clear. */
export type RecordFields<T extends RecordTable> = z.infer<(typeof recordFields)[T]>;
