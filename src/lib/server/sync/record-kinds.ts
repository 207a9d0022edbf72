import type { z } from 'zod';
import { countyAccess, type Actor } from '$lib/domain/roles';
import { Contact } from '$lib/domain/schemas/contact';
import { submissionProblems, type RequestFacts } from '$lib/domain/consultation-rules';
import { Consultation, ConsultationEvent } from '$lib/domain/schemas/consultation';

interface RecordKindRule {
	/** Fields of a new record (without id, which is the row's). */
	schema: z.ZodObject;
	/**
	 * Problems of the whole row after a change (e.g. a sent request must have consent);
	 * `coordinator` when the writer coordinates the record's county.
	 */
	whole?: (row: Record<string, unknown>, coordinator: boolean) => string[];
	/** Written once, never changed or deleted: such records cannot conflict (DESIGN.md). */
	appendOnly?: boolean;
	/** The record belongs to its parent's owner and county (a note belongs to its case). */
	parent?: { table: string; field: string };
	/** Fields only a coordinator or admin may set; a requester's device may not. */
	coordinatorFields?: readonly string[];
	/** Fields only the record's owner writes: the requester's feedback is theirs to give. */
	ownerFields?: readonly string[];
	/** New records of this kind that only a coordinator or admin may write. */
	coordinatorOnly?: (fields: Record<string, unknown>) => boolean;
}

/** Record tables a device may push to, with the rules the server enforces for each. */
export const recordKinds = {
	contacts: { schema: Contact.omit({ id: true }) },
	consultations: {
		schema: Consultation.omit({ id: true }),
		// A requester sends a complete request; a coordinator receives a case from a call at once
		// and completes it on the case page. Without consent neither leaves the draft state.
		whole: (row, coordinator) =>
			submissionProblems(
				row as unknown as RequestFacts,
				coordinator ? 'coordinator' : 'requester'
			).map((problem) => `${problem.field}: ${problem.code}`),
		coordinatorFields: [
			'stage',
			'assigneeIds',
			'groupId',
			'handlingDate',
			'followUpDate',
			'plan',
			'outcome',
			'closedAt'
		],
		ownerFields: ['feedbackRating', 'feedbackComment']
	},
	consultation_events: {
		schema: ConsultationEvent.omit({ id: true }),
		appendOnly: true,
		// The timeline's stage entries are the coordinator's; anyone on the case adds notes.
		coordinatorOnly: (fields) => fields.type === 'stage',
		parent: { table: 'consultations', field: 'consultationId' }
	}
} as const satisfies Record<string, RecordKindRule>;

export type RecordKind = keyof typeof recordKinds;

export function recordKind(table: RecordKind): RecordKindRule {
	return recordKinds[table];
}

export function isRecordKind(table: string): table is RecordKind {
	return Object.hasOwn(recordKinds, table);
}

/**
 * Who may change a record: its owner, a coordinator of its county, an admin. Workers only
 * ever see and change their own records.
 */
export function mayWriteRecord(actor: Actor, record: { ownerId: string; countyId: string }) {
	if (record.ownerId === actor.userId) return true;
	return countyAccess(actor, record.countyId) === 'write';
}

/** Whether the actor may set coordinator-only fields (stage, assignees, plan …). */
export function mayCoordinate(actor: Actor, countyId: string) {
	return countyAccess(actor, countyId) === 'write';
}
