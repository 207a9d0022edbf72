import type { Actor } from '$lib/domain/roles';
import type { Mutation } from '$lib/domain/sync/protocol';
import type { RefusalReason } from '$lib/domain/sync/refusal';
import { caseAccess, readerIdsOf } from './case-readers';
import type { RecordRow, Trx } from './push-writer';
import { mayCoordinate, mayWriteRecord, type recordKind } from './record-kinds';

/**
 * The checks a pushed change must pass besides its schema: who may create, change or settle
 * what, and whether a record is whole. A refusal throws Rejection: the mutation goes to
 * quarantine with the reason (push.ts), and the device's queue moves on.
 */

/**
 * A mutation refused, with the reason stored in quarantine and answered to the device: a code
 * the device translates (domain/sync/refusal.ts), and a sentence for the record.
 */
export class Rejection extends Error {
	constructor(
		readonly reason: RefusalReason,
		message: string
	) {
		super(message);
	}
}

export type Rule = ReturnType<typeof recordKind>;

/**
 * An append-only record is never changed — but for the few fields a coordinator of its county
 * may still set (who sees a note), and never deleted by a device.
 */
export function checkAppendedChange(
	actor: Actor,
	rule: Rule,
	existing: RecordRow,
	mutation: Mutation
) {
	const changeable = rule.coordinatorMayChange ?? [];
	// What the change sets, and what it settles (keeping the server's value sets nothing).
	const fields = [
		...new Set([
			...Object.keys(mutation.fields).filter(
				(field) => field !== 'createdBy' && field !== 'countyId'
			),
			...(mutation.resolves ?? [])
		])
	];
	const allowed =
		mutation.op === 'update' &&
		fields.length > 0 &&
		fields.every((field) => changeable.includes(field));
	if (!allowed) throw new Rejection('append_only', 'append-only: entries are never changed');
	if (!mayCoordinate(actor, existing.county_id)) {
		throw new Rejection('coordinator_only', `only a coordinator may change ${fields.join(', ')}`);
	}
}

/**
 * Whose a new record is: its creator's, in the creator's county — or, for a record that hangs
 * on a parent (a note on a case), the parent's owner and county, if the actor may write there.
 */
export async function ownerOfNew(
	trx: Trx,
	actor: Actor,
	rule: Rule,
	fields: Record<string, unknown>
): Promise<{ ownerId: string; countyId: string }> {
	if (!rule.parent) {
		const countyId = typeof fields.countyId === 'string' ? fields.countyId : actor.countyId;
		return { ownerId: actor.userId, countyId };
	}
	const parentId = fields[rule.parent.field];
	const parent =
		typeof parentId === 'string'
			? await trx
					.selectFrom('records')
					.select(['owner_id', 'county_id', 'deleted', 'kind'])
					.where('id', '=', parentId)
					.executeTakeFirst()
			: undefined;
	if (!parent || parent.deleted || parent.kind !== rule.parent.table) {
		throw new Rejection('no_parent', `no such ${rule.parent.table} record`);
	}
	const owner = { ownerId: parent.owner_id, countyId: parent.county_id };
	if (actor.role === 'expert') {
		await checkExpertCase(trx, actor, parentId as string, 'the note');
		return owner;
	}
	if (!mayWriteRecord(actor, owner))
		throw new Rejection('not_allowed', 'not allowed to change this record');
	return owner;
}

/** An expert writes on the cases they need to know, the same rule as their pull's. */
export async function checkExpertCase(trx: Trx, actor: Actor, caseId: string, what: string) {
	const access = await caseAccess(trx, await readerIdsOf(trx, actor), [caseId]);
	if (access.get(caseId) !== 'yes') {
		throw new Rejection(
			'not_assigned',
			`not assigned to this case (any more): ${what} stays on your device`
		);
	}
}

/**
 * What the mobile pair sets besides their answers (DOMAIN.md: they prepare the cases): the
 * background they complete, and that a case is ready for its group.
 */
const mobilePairFields: readonly string[] = ['readyForGroup', 'background'];

/**
 * Whether an expert's directory entry has the role of the mobile pair (DOMAIN.md: they
 * prepare the cases for the group), asked only of a change that needs it.
 */
export async function isMobilePair(trx: Trx, actor: Actor, mutation: Mutation) {
	if (actor.role !== 'expert' || !actor.expertId) return false;
	if (!mobilePairFields.some((field) => field in mutation.fields)) return false;
	const entry = await trx
		.selectFrom('directory_entries')
		.select('data')
		.where('id', '=', actor.expertId)
		.where('kind', '=', 'experts')
		.where('deleted', '=', 0)
		.executeTakeFirst();
	const roles = (JSON.parse(entry?.data ?? '{}') as { roles?: unknown }).roles;
	return Array.isArray(roles) && roles.includes('mobile-pair');
}

/**
 * An expert writes two things on a case of theirs: a note (ownerOfNew checks which case) and
 * the answers they gave (write-record.ts); the mobile pair also completes its background and
 * marks it ready for the group.
 * Whether the requester sees a note is the coordinator's to decide, as for every note.
 */
export function checkExpertWrite(actor: Actor, mutation: Mutation, mobilePair = false) {
	if (actor.role !== 'expert') return;
	const note =
		mutation.op === 'insert' &&
		mutation.table === 'consultation_events' &&
		mutation.fields.type === 'note';
	const fields = Object.keys(mutation.fields).filter(
		(field) => field !== 'createdBy' && field !== 'countyId'
	);
	const answers =
		mutation.op === 'update' &&
		mutation.table === 'consultations' &&
		fields.length > 0 &&
		fields.every(
			(field) => field === 'outputs' || (mobilePair && mobilePairFields.includes(field))
		) &&
		!mutation.resolves?.length;
	if (!note && !answers) {
		throw new Rejection(
			'expert_limited',
			'an expert adds notes and answers given to their cases, nothing else'
		);
	}
	if (mutation.fields.forRequester === true) {
		throw new Rejection('coordinator_only', 'only a coordinator may show a note to the requester');
	}
}

/** A requester's device may not move a case's stage, assign experts or write its plan. */
export function checkCoordinatorFields(
	actor: Actor,
	rule: Rule,
	countyId: string,
	incoming: Record<string, unknown>,
	current: Record<string, unknown>,
	mobilePair = false
) {
	if (mayCoordinate(actor, countyId)) return;
	if (rule.coordinatorOnly?.(incoming))
		throw new Rejection('coordinator_only', 'only a coordinator may add this');
	const expertMay =
		actor.role === 'expert'
			? [...(rule.expertFields ?? []), ...(mobilePair ? mobilePairFields : [])]
			: [];
	const touched = changedFields(rule.coordinatorFields, incoming, current).filter(
		(field) => !expertMay.includes(field)
	);
	if (touched.length > 0)
		throw new Rejection('coordinator_only', `only a coordinator may set ${touched.join(', ')}`);
}

/** Nobody but the requester may give or change the requester's feedback, not even a coordinator. */
export function checkOwnerFields(
	actor: Actor,
	rule: Rule,
	ownerId: string,
	incoming: Record<string, unknown>,
	current: Record<string, unknown>
) {
	if (actor.userId === ownerId) return;
	const touched = changedFields(rule.ownerFields, incoming, current);
	if (touched.length > 0)
		throw new Rejection('requester_only', `only the requester may set ${touched.join(', ')}`);
}

/** The listed fields the change sets to something other than what is stored. */
function changedFields(
	fields: readonly string[] | undefined,
	incoming: Record<string, unknown>,
	current: Record<string, unknown>
) {
	return (fields ?? []).filter(
		(field) => field in incoming && !sameValue(incoming[field], current[field])
	);
}

/** Equal, counting every empty value (absent, null, '', []) as the same. */
function sameValue(a: unknown, b: unknown): boolean {
	const empty = (value: unknown) =>
		value === undefined ||
		value === null ||
		value === '' ||
		(Array.isArray(value) && value.length === 0);
	if (empty(a) && empty(b)) return true;
	return JSON.stringify(a) === JSON.stringify(b);
}

export function checkWhole(rule: Rule, row: Record<string, unknown>, coordinator: boolean) {
	if (!rule.whole) return;
	const problems = rule.whole(row, coordinator);
	if (problems.length > 0) throw new Rejection('incomplete', `incomplete: ${problems.join('; ')}`);
}

/** The first problems of a failed parse, as a quarantine reason. */
export function describe(issues: { path: PropertyKey[]; message: string }[]): string {
	return issues
		.slice(0, 5)
		.map((issue) => `${issue.path.map(String).join('.') || '(record)'}: ${issue.message}`)
		.join('; ');
}
