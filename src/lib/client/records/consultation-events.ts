import { v7 as uuidv7 } from 'uuid';
import type { ConsultationEvent } from '$lib/domain/schemas/consultation';
import { applyLocalChange, type LocalChange } from '../db/mutate';
import type { ConsultationEventRow, RecDb } from '../db/rec-db';
import { readRecord, type ReadRecord } from './read-record';

/**
 * A consultation's timeline on the device, for both roles: notes, consent decisions, stage
 * changes, feedback. Append-only (DESIGN.md): an entry is written once and never conflicts.
 */

export type ConsultationEventFields = Omit<ConsultationEvent, 'id'>;
/** A timeline entry read back, its text decrypted. */
export type EventRecord = ReadRecord<'consultation_events'>;

/** What an entry needs; the rest has its usual value (a note for the requester, now). */
export type NewEvent = Pick<
	ConsultationEventFields,
	'consultationId' | 'type' | 'createdBy' | 'countyId'
> &
	Partial<ConsultationEventFields>;

/** The insert of a new timeline entry, to store alone or with the change it records. */
export function eventInsert(event: NewEvent, id: string = uuidv7()): LocalChange {
	const fields: ConsultationEventFields = {
		text: '',
		forRequester: true,
		stage: null,
		consent: null,
		at: new Date().toISOString(),
		...event
	};
	return { table: 'consultation_events', op: 'insert', id, baseVersion: null, fields };
}

/** Appends an entry to the consultation's timeline; answers its id. */
export async function appendEvent(db: RecDb, key: CryptoKey, event: NewEvent): Promise<string> {
	const change = eventInsert(event);
	await applyLocalChange(db, key, change);
	return change.id;
}

/** A consultation's timeline, oldest first, its text decrypted. */
export async function readEvents(
	key: CryptoKey,
	rows: readonly ConsultationEventRow[]
): Promise<EventRecord[]> {
	const events = await Promise.all(rows.map((row) => readRecord(key, 'consultation_events', row)));
	return events.sort((a, b) => a.at.localeCompare(b.at));
}
