import { v7 as uuidv7 } from 'uuid';
import type { ConsentStatus, RequestStatus } from '$lib/domain/record-codes';
import type { UserProfile } from '$lib/domain/schemas/account';
import { sensitiveFields } from '$lib/domain/sensitive-fields';
import { decryptFields } from '../crypto/fields';
import { applyLocalChange } from '../db/mutate';
import type { RecDb, RecordRow } from '../db/rec-db';

/** A consultation request as the device shows and edits it (sensitive fields decrypted). */
export interface RequestDraft {
	id: string;
	version: number;
	status: RequestStatus;
	stage: string | null;
	urgency: string;
	highRisk: string[];
	requesterName: string;
	requesterPhone: string;
	requesterOrganisation: string;
	consent: ConsentStatus;
	consentDate: string | null;
	consentMethod: string | null;
	consentJustification: string;
	childAgeGroup: string | null;
	municipalityId: string | null;
	themes: string[];
	clientGroups: string[];
	servicesInvolved: string[];
	stuck: string;
	question: string;
	background: string;
	helpWanted: string[];
	preferredExpertise: string[];
	preferredExpertIds: string[];
	preferredGroupIds: string[];
	assigneeIds: string[];
	groupId: string | null;
	handlingDate: string | null;
	followUpDate: string | null;
	plan: string;
	outcome: string;
	feedbackRating: number | null;
	feedbackComment: string;
	sourceContactId: string | null;
	submittedAt: string | null;
	closedAt: string | null;
	createdAt: string;
	createdBy: string;
	countyId: string;
	flagged?: boolean;
	updatedAt?: string;
}

export type RequestFields = Omit<RequestDraft, 'id' | 'version' | 'flagged' | 'updatedAt'>;

/** A new draft, the requester prefilled from the profile (DOMAIN.md: the LASTA-style form). */
export function blankRequest(
	profile: UserProfile,
	preferred: { expertIds?: string[]; groupIds?: string[] } = {},
	now = new Date()
): RequestFields {
	return {
		status: 'draft',
		stage: null,
		urgency: 'normal',
		highRisk: [],
		requesterName: profile.name,
		requesterPhone: '',
		requesterOrganisation: '',
		consent: 'not-asked',
		consentDate: null,
		consentMethod: null,
		consentJustification: '',
		childAgeGroup: null,
		municipalityId: null,
		themes: [],
		clientGroups: [],
		servicesInvolved: [],
		stuck: '',
		question: '',
		background: '',
		helpWanted: [],
		preferredExpertise: [],
		preferredExpertIds: preferred.expertIds ?? [],
		preferredGroupIds: preferred.groupIds ?? [],
		assigneeIds: [],
		groupId: null,
		handlingDate: null,
		followUpDate: null,
		plan: '',
		outcome: '',
		feedbackRating: null,
		feedbackComment: '',
		sourceContactId: null,
		submittedAt: null,
		closedAt: null,
		createdAt: now.toISOString(),
		createdBy: profile.id,
		countyId: profile.countyId
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
