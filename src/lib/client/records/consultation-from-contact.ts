import { v7 as uuidv7 } from 'uuid';
import {
	consultationFromCall,
	triggerStageEvent,
	type ConsultationFacts
} from '$lib/domain/calls/consultation-from-call';
import { type ContactFields } from '$lib/domain/contact-fields';
import { applyLocalChange } from '../db/mutate';
import type { ContactRow, RecDb } from '../db/rec-db';
import { insertContact, readContact, updateContact } from './contacts';

/**
 * Beyond a contact's own writes (contacts.ts): a contact that came by phone turned into a
 * consultation at the call desk. Each goes through applyLocalChange (checked, record and outbox in one
 * transaction), so a call is saved on the device first and synced later.
 */

/** The ids of one "open as consultation", made once so that a retry repeats, not duplicates. */
export interface ConsultationIds {
	contactId: string;
	consultationId: string;
	eventId: string;
}

export const newConsultationIds = (contactId = uuidv7()): ConsultationIds => ({
	contactId,
	consultationId: uuidv7(),
	eventId: uuidv7()
});

/**
 * Turns a call into a consultation: the consultation, its heräte timeline entry, then the
 * call pointing at it — in that order, so the call never points at a consultation that is not there.
 * The three writes are separate transactions; each is skipped when already done, so a retry
 * after a failure (a full disk) finishes the job instead of making a second consultation.
 */
export async function openAsConsultation(
	db: RecDb,
	key: CryptoKey,
	ids: ConsultationIds,
	contact: ContactFields,
	facts: Omit<ConsultationFacts, 'now'>,
	/** The saved call, when it is turned into a consultation after the fact (from today's list). */
	savedCall?: ContactRow
) {
	const now = new Date().toISOString();
	const consultation = consultationFromCall(ids.contactId, contact, { ...facts, now });
	if (!(await db.consultations.get(ids.consultationId))) {
		await applyLocalChange(db, key, {
			table: 'consultations',
			op: 'insert',
			id: ids.consultationId,
			baseVersion: null,
			fields: consultation
		});
	}
	if (!(await db.consultation_events.get(ids.eventId))) {
		await applyLocalChange(db, key, {
			table: 'consultation_events',
			op: 'insert',
			id: ids.eventId,
			baseVersion: null,
			fields: triggerStageEvent(ids.consultationId, {
				at: now,
				createdBy: contact.createdBy,
				countyId: contact.countyId
			})
		});
	}
	const actions = [...(contact.actions ?? []).filter((a) => a !== 'consultation-opened')];
	actions.push('consultation-opened');
	if (savedCall) {
		await updateContact(db, key, savedCall, { consultationId: ids.consultationId, actions });
	} else if (!(await db.contacts.get(ids.contactId))) {
		await insertContact(
			db,
			key,
			{ ...contact, consultationId: ids.consultationId, actions },
			ids.contactId
		);
	}
	return consultation;
}

/** A saved call read back with its free text decrypted (to open it as a consultation). */
export async function readSavedContact(db: RecDb, key: CryptoKey, id: string) {
	const row = await db.contacts.get(id);
	if (!row) return undefined;
	const {
		id: _id,
		version: _version,
		updatedAt: _updatedAt,
		flagged: _flagged,
		...fields
	} = await readContact(key, row);
	return { row, fields: fields satisfies ContactFields };
}
