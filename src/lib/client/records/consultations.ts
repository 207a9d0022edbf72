import { v7 as uuidv7 } from 'uuid';
import type { UserProfile } from '$lib/domain/schemas/account';
import { emptyConsultation, type Consultation } from '$lib/domain/schemas/consultation';
import { sensitiveFields } from '$lib/domain/sensitive-fields';
import { decryptFields } from '../crypto/fields';
import { applyLocalChange } from '../db/mutate';
import type { RecDb, RecordRow } from '../db/rec-db';

/** A consultation request as the device shows and edits it (sensitive fields decrypted). */
export type RequestDraft = Consultation & {
	version: number;
	flagged?: boolean;
	updatedAt?: string;
};

export type RequestFields = Omit<RequestDraft, 'id' | 'version' | 'flagged' | 'updatedAt'>;

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

export async function createRequest(
	db: RecDb,
	key: CryptoKey,
	fields: RequestFields
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

/** Saves the fields that changed; the server merges them field by field (DESIGN.md). */
export async function updateRequest(
	db: RecDb,
	key: CryptoKey,
	id: string,
	changed: Partial<RequestFields>
): Promise<void> {
	if (Object.keys(changed).length === 0) return;
	const row = await db.consultations.get(id);
	await applyLocalChange(db, key, {
		table: 'consultations',
		op: 'update',
		id,
		baseVersion: row?.version ?? 0,
		fields: { ...changed }
	});
}

/** Appends an entry to the case's timeline (append-only: it never conflicts). */
export async function appendEvent(
	db: RecDb,
	key: CryptoKey,
	event: {
		consultationId: string;
		type: 'note' | 'consent' | 'stage' | 'feedback';
		text?: string;
		forRequester?: boolean;
		stage?: string | null;
		consent?: string | null;
		createdBy: string;
		countyId: string;
	}
): Promise<string> {
	const id = uuidv7();
	await applyLocalChange(db, key, {
		table: 'consultation_events',
		op: 'insert',
		id,
		baseVersion: null,
		fields: {
			consultationId: event.consultationId,
			type: event.type,
			text: event.text ?? '',
			forRequester: event.forRequester ?? true,
			stage: event.stage ?? null,
			consent: event.consent ?? null,
			at: new Date().toISOString(),
			createdBy: event.createdBy,
			countyId: event.countyId
		}
	});
	return id;
}

export async function readRequest(key: CryptoKey, row: RecordRow): Promise<RequestDraft> {
	return (await decryptFields(key, row, sensitiveFields.consultations)) as unknown as RequestDraft;
}

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
