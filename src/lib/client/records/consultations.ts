import { v7 as uuidv7 } from 'uuid';
import type { UserProfile } from '$lib/domain/schemas/account';
import { emptyConsultation, type ConsultationFields } from '$lib/domain/schemas/consultation';
import { applyLocalChange, type LocalChange } from '../db/mutate';
import type { ConsultationRow, RecDb } from '../db/rec-db';
import { readRecord, type ReadRecord } from './read-record';

/**
 * Consultations on the device, for both roles: the worker's request (/app/requests) and the
 * coordinator's consultation (/app/cases, client/consultations/consultation-changes.ts). Writes go through
 * applyLocalChange (checked, record and outbox in one transaction).
 */

/** A consultation read back, its free text decrypted. */
export type ConsultationRecord = ReadRecord<'consultations'>;
/** A consultation as the request form edits it. */
export type RequestDraft = ConsultationRecord;
export type RequestFields = ConsultationFields;

/** A new draft, the requester prefilled from the profile (DOMAIN.md: the LASTA-style form). */
export function blankRequest(
	profile: UserProfile,
	preferred: { expertIds?: string[]; groupIds?: string[] } = {},
	now = new Date()
): RequestFields {
	return {
		...emptyConsultation({
			createdAt: now.toISOString(),
			createdBy: profile.id,
			countyId: profile.countyId
		}),
		requesterName: profile.name,
		preferredExpertIds: preferred.expertIds ?? [],
		preferredGroupIds: preferred.groupIds ?? []
	};
}

export async function createConsultation(
	db: RecDb,
	key: CryptoKey,
	fields: ConsultationFields
): Promise<string> {
	const id = uuidv7();
	await applyLocalChange(db, key, {
		table: 'consultations',
		op: 'insert',
		id,
		baseVersion: null,
		fields: { ...fields }
	});
	return id;
}

/** The update of a consultation's fields, based on the version the device has seen. */
export const consultationUpdate = (
	item: Pick<ConsultationRow, 'id' | 'version'>,
	fields: Partial<ConsultationFields>
): LocalChange => ({
	table: 'consultations',
	op: 'update',
	id: item.id,
	baseVersion: item.version,
	fields: { ...fields }
});

/**
 * Saves the fields that changed, based on the version stored now; the server merges them
 * field by field (DESIGN.md).
 */
export async function updateConsultation(
	db: RecDb,
	key: CryptoKey,
	id: string,
	changed: Partial<ConsultationFields>
): Promise<void> {
	if (Object.keys(changed).length === 0) return;
	const row = await db.consultations.get(id);
	await applyLocalChange(db, key, consultationUpdate({ id, version: row?.version ?? 0 }, changed));
}

export const readConsultation = (
	key: CryptoKey,
	row: ConsultationRow
): Promise<ConsultationRecord> => readRecord(key, 'consultations', row);

/** The fields of `next` that differ from `previous` (arrays and nulls compared by value). */
export function changedFields<T extends object>(previous: T, next: T): Partial<T> {
	const changed: Partial<T> = {};
	for (const field of Object.keys(next) as (keyof T)[]) {
		if (JSON.stringify(previous[field]) !== JSON.stringify(next[field])) {
			changed[field] = next[field];
		}
	}
	return changed;
}
