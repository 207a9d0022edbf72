import { v7 as uuidv7 } from 'uuid';
import type { ContactFields } from '$lib/domain/contact-fields';
import { applyLocalChange } from '../db/mutate';
import type { ContactRow, RecDb } from '../db/rec-db';
import { readRecord, type ReadRecord } from './read-record';

/**
 * Contacts (yhteydenotot) on the device, for both roles: the worker's contact log and the
 * coordinator's call desk. Writes go through applyLocalChange (checked, record and outbox in
 * one transaction), so they work offline and leave with the next sync.
 */

/** A contact read back, its free text decrypted. */
export type ContactRecord = ReadRecord<'contacts'>;

export async function insertContact(
	db: RecDb,
	key: CryptoKey,
	fields: ContactFields,
	id: string = uuidv7()
): Promise<string> {
	await applyLocalChange(db, key, {
		table: 'contacts',
		op: 'insert',
		id,
		baseVersion: null,
		fields
	});
	return id;
}

/** Changes fields of a saved contact, based on the version the device has. */
export async function updateContact(
	db: RecDb,
	key: CryptoKey,
	row: Pick<ContactRow, 'id' | 'version'>,
	fields: Partial<ContactFields>
): Promise<void> {
	await applyLocalChange(db, key, {
		table: 'contacts',
		op: 'update',
		id: row.id,
		baseVersion: row.version,
		fields
	});
}

export const readContact = (key: CryptoKey, row: ContactRow): Promise<ContactRecord> =>
	readRecord(key, 'contacts', row);

/** A follow-up done: the contact stays, its follow-up is no longer open. */
export const closeFollowUp = (db: RecDb, key: CryptoKey, row: ContactRow) =>
	updateContact(db, key, row, { followUp: false });
