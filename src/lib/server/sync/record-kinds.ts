import type { z } from 'zod';
import { countyAccess } from '$lib/domain/county-access';
import type { Actor } from '$lib/domain/roles';
import { submissionProblems, type RequestFacts } from '$lib/domain/consultation-rules';
import { recordFields } from '$lib/domain/schemas/record-fields';
import type { OwnerReads } from '../db/schema';

interface RecordKindRule {
	/** Fields of a new record (without id, which is the row's). */
	schema: z.ZodObject;
	/**
	 * Problems of the whole row after a change (e.g. a sent request must have consent);
	 * `coordinator` when the writer coordinates the record's county.
	 */
	whole?: (row: Record<string, unknown>, coordinator: boolean) => string[];
	/**
	 * Written once, never deleted by a device, never changed but for `coordinatorMayChange`:
	 * only those fields can ever conflict (DESIGN.md).
	 */
	appendOnly?: boolean;
	/** The record belongs to its parent's owner and county (a note belongs to its case). */
	parent?: { table: string; field: string };
	/** Fields only a coordinator or admin may set; a requester's device may not. */
	coordinatorFields?: readonly string[];
	/** Of the coordinator fields, those an expert on the case may set too (their answers given). */
	expertFields?: readonly string[];
	/** Fields holding lists of items with ids, merged item by item (domain/sync/list-merge.ts). */
	listFields?: readonly string[];
	/** Fields only the record's owner writes: the requester's feedback is theirs to give. */
	ownerFields?: readonly string[];
	/** New records of this kind that only a coordinator or admin may write. */
	coordinatorOnly?: (fields: Record<string, unknown>) => boolean;
	/** Of an append-only record, the fields a coordinator may still change (who sees a note). */
	coordinatorMayChange?: readonly string[];
	/**
	 * Whether the record's owner reads it when they have no coordinator's access to its county
	 * (the requester on their own case); without this rule they read all of it.
	 */
	ownerReads?: (fields: Record<string, unknown>, ownerId: string) => boolean;
}

/** Record tables a device may push to, with the rules the server enforces for each. */
export const recordKinds = {
	contacts: { schema: recordFields.contacts },
	consultations: {
		schema: recordFields.consultations,
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
			'outputs',
			'readyForGroup',
			'closedAt'
		],
		// An expert records what they gave; the coordinator records the group's.
		expertFields: ['outputs'],
		listFields: ['outputs'],
		ownerFields: ['feedbackRating', 'feedbackComment']
	},
	consultation_events: {
		schema: recordFields.consultation_events,
		appendOnly: true,
		// The timeline's stage entries (moves and skips) are the coordinator's; anyone on the
		// case adds notes.
		coordinatorOnly: (fields) => fields.type === 'stage' || fields.type === 'stage-skipped',
		parent: { table: 'consultations', field: 'consultationId' },
		// A coordinator may stop showing a note to the requester, or start (nothing else changes).
		coordinatorMayChange: ['forRequester'],
		// The requester reads what is for them and what they wrote; the coordinators' internal
		// notes on the requester's own case never reach the requester's devices.
		ownerReads: (fields, ownerId) => fields.forRequester === true || fields.createdBy === ownerId
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

/** A stored record as far as reading it is concerned. */
export interface StoredRecord {
	kind: string;
	ownerId: string;
	countyId: string;
	data: Record<string, unknown> | null;
	/**
	 * For an expert, need to know (case-readers.ts): whether they read the record's case now,
	 * and whether the experts of a case read this record of it.
	 */
	needToKnow?: { case: 'yes' | 'no-longer' | null; record: OwnerReads };
}

/**
 * Who may read a record, the one rule the pull applies: an admin everything; a coordinator
 * their own county and their OT area (roles.ts); an expert the cases assigned to them (or
 * to their group) and what of their timeline is not the coordinators' own; the owner their
 * own records — except, for a requester without that access, what the kind's `ownerReads`
 * keeps from them (the coordinators' internal notes on their case). A record nobody knows
 * the kind of: nobody but those with county access.
 */
export function mayReadRecord(actor: Actor, record: StoredRecord): boolean {
	if (countyAccess(actor, record.countyId) !== 'none') return true;
	const needToKnow = actor.role === 'expert' ? record.needToKnow : undefined;
	if (needToKnow?.case === 'yes' && needToKnow.record === 'yes') return true;
	if (record.ownerId !== actor.userId || !isRecordKind(record.kind)) return false;
	const rule = recordKind(record.kind);
	if (!rule.ownerReads) return true;
	return record.data !== null && rule.ownerReads(record.data, record.ownerId);
}

/**
 * Whether the owner reads the record now that its fields are these: 'yes'; 'never' when it
 * has never been theirs to read; 'no-longer' when it was (their devices are sent a removal).
 */
export function ownerReadsAfter(
	table: RecordKind,
	fields: Record<string, unknown>,
	ownerId: string,
	before: OwnerReads | null
): OwnerReads {
	const rule = recordKind(table);
	if (!rule.ownerReads || rule.ownerReads(fields, ownerId)) return 'yes';
	return before === null || before === 'never' ? 'never' : 'no-longer';
}

/** Whether the actor may set coordinator-only fields (stage, assignees, plan …). */
export function mayCoordinate(actor: Actor, countyId: string) {
	return countyAccess(actor, countyId) === 'write';
}
