import { v7 as uuidv7 } from 'uuid';
import type { ConsentMethod } from '$lib/domain/record-codes';
import type { ConsultationStage } from '$lib/domain/stages';
import type {
	ConsultationFields,
	ConsultationOutput,
	ReadyForGroup
} from '$lib/domain/schemas/consultation';
import { applyLocalChange, applyLocalChanges, type LocalChange } from '../db/mutate';
import type { RecDb } from '../db/rec-db';
import { eventInsert } from '../records/consultation-events';
import { consultationUpdate } from '../records/consultations';

/**
 * A coordinator's changes to a consultation. Every one goes through applyLocalChange,
 * so it works offline and leaves with the next sync (DESIGN.md).
 */

/** What these changes need of the consultation as stored on the device. */
export interface ConsultationRef {
	id: string;
	version: number;
	countyId: string;
}

/** Coordinator fields of a consultation (record-kinds.ts), as the forms change them. */
export interface ConsultationChanges {
	assigneeIds?: string[];
	groupId?: string | null;
	handlingDate?: string | null;
	followUpDate?: string | null;
	plan?: string;
	outcome?: string;
	status?: 'submitted' | 'closed';
	closedAt?: string | null;
	/** Prepared for the group's meeting (agenda.ts), or null. */
	readyForGroup?: ReadyForGroup | null;
	/** Completed by the mobile pair when preparing the consultation for the group. */
	background?: string;
}

const consultationChange = (
	item: ConsultationRef,
	fields: Partial<ConsultationFields>
): LocalChange => consultationUpdate(item, fields);

function writeConsultation(
	db: RecDb,
	key: CryptoKey,
	item: ConsultationRef,
	fields: Partial<ConsultationFields>
) {
	return applyLocalChange(db, key, consultationChange(item, fields));
}

/** Changes fields of the consultation, based on the version the device has seen (stage: changeStage). */
export function changeConsultation(
	db: RecDb,
	key: CryptoKey,
	item: ConsultationRef,
	fields: ConsultationChanges
) {
	return writeConsultation(db, key, item, { ...fields });
}

/**
 * Writes the consultation's answers given as a whole list; the server merges it item by item with
 * anyone else's change (domain/sync/list-merge.ts).
 */
export function writeOutputs(
	db: RecDb,
	key: CryptoKey,
	item: ConsultationRef,
	outputs: ConsultationOutput[]
) {
	return writeConsultation(db, key, item, { outputs });
}

/** An answer given, as recorded now by `recordedBy`. */
export function newOutput(
	fields: Pick<ConsultationOutput, 'kind' | 'text' | 'giverId'>,
	recordedBy: string
): ConsultationOutput {
	return { ...fields, id: uuidv7(), at: new Date().toISOString(), recordedBy };
}

/** Closes the consultation now, or opens it again. */
export function setConsultationClosed(
	db: RecDb,
	key: CryptoKey,
	item: ConsultationRef,
	closed: boolean
) {
	return changeConsultation(
		db,
		key,
		item,
		closed
			? { status: 'closed', closedAt: new Date().toISOString() }
			: { status: 'submitted', closedAt: null }
	);
}

/** Adds an expert to the consultation's assignees (one action from a suggestion). */
export function assignExpert(
	db: RecDb,
	key: CryptoKey,
	item: ConsultationRef & { assigneeIds: readonly string[] },
	expertId: string
) {
	return changeConsultation(db, key, item, {
		assigneeIds: [...new Set([...item.assigneeIds, expertId])]
	});
}

export function unassignExpert(
	db: RecDb,
	key: CryptoKey,
	item: ConsultationRef & { assigneeIds: readonly string[] },
	expertId: string
) {
	return changeConsultation(db, key, item, {
		assigneeIds: item.assigneeIds.filter((id) => id !== expertId)
	});
}

function eventChange(
	item: ConsultationRef,
	actorId: string,
	event: {
		type: 'note' | 'stage' | 'stage-skipped';
		text: string;
		forRequester: boolean;
		stage: ConsultationStage | null;
	}
): LocalChange {
	return eventInsert({
		consultationId: item.id,
		...event,
		consent: null,
		createdBy: actorId,
		countyId: item.countyId
	});
}

/**
 * Moves the consultation to `stage` and records the move on its timeline (who and when), with each
 * stage it goes past recorded as skipped, in one local transaction: the device never holds
 * the one without the other.
 */
export async function changeStage(
	db: RecDb,
	key: CryptoKey,
	item: ConsultationRef,
	stage: ConsultationStage,
	actorId: string,
	skipped: readonly ConsultationStage[] = []
) {
	// Progress is the requester's to follow too.
	await applyLocalChanges(db, key, [
		consultationChange(item, { stage }),
		...skipped.map((past) =>
			eventChange(item, actorId, {
				type: 'stage-skipped',
				text: '',
				forRequester: true,
				stage: past
			})
		),
		eventChange(item, actorId, { type: 'stage', text: '', forRequester: true, stage })
	]);
}

/** Adds an append-only note; `forRequester` shows it to the requester as well. */
export function addNote(
	db: RecDb,
	key: CryptoKey,
	item: ConsultationRef,
	actorId: string,
	text: string,
	forRequester: boolean
) {
	return applyLocalChange(
		db,
		key,
		eventChange(item, actorId, { type: 'note', text, forRequester, stage: null })
	);
}

/**
 * What the consultation page asks of a consultation that lacks something (consultation-rules.ts, consultationGaps):
 * the consent decided — given, the child's best interest, or anonymous; never "not asked" —
 * and the question for the expert group.
 */
export interface ConsultationCompletion {
	consent: 'given' | 'best-interest' | 'anonymous';
	consentDate: string | null;
	consentMethod: ConsentMethod | null;
	consentJustification: string;
	question: string;
}

/**
 * Completes a consultation, in one local transaction: the consent and the question, a draft left by
 * the desk received at once, and a changed consent kept on the timeline as well (as a
 * requester's sent request keeps it). Details of another kind of consent are cleared.
 */
export async function completeConsultation(
	db: RecDb,
	key: CryptoKey,
	item: ConsultationRef & { status: string; consent: string; stage: ConsultationStage | null },
	completion: ConsultationCompletion,
	actorId: string
) {
	const { consent } = completion;
	const fields: Partial<ConsultationFields> = {
		consent,
		consentDate: consent === 'given' ? completion.consentDate || null : null,
		consentMethod: consent === 'given' ? completion.consentMethod : null,
		consentJustification: consent === 'best-interest' ? completion.consentJustification.trim() : '',
		question: completion.question.trim()
	};
	if (item.status === 'draft') {
		Object.assign(fields, {
			status: 'submitted',
			submittedAt: new Date().toISOString(),
			stage: item.stage ?? 'trigger'
		});
	}
	const changes = [consultationChange(item, fields)];
	if (consent !== item.consent) {
		changes.push(
			eventInsert({
				consultationId: item.id,
				type: 'consent',
				forRequester: false,
				consent,
				createdBy: actorId,
				countyId: item.countyId
			})
		);
	}
	await applyLocalChanges(db, key, changes);
}
