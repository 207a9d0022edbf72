import type { z } from 'zod';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '$lib/domain/roles';
import { withOwnOutputs } from '$lib/domain/outputs';
import type { ConsultationOutput } from '$lib/domain/schemas/consultation';
import { mergeFields, type FieldStamp } from '$lib/domain/sync/merge';
import type { Mutation, MutationResult } from '$lib/domain/sync/protocol';
import { holdsNul } from '../json-checks';
import {
	caseIdOf,
	caseReadersNow,
	expertsReadAfter,
	roleOf,
	resendTimeline,
	updateCaseReaders
} from './case-readers';
import { settleConflicts, hasOpenConflicts } from './conflicts';
import { fieldsOf, type PushWriter, type Trx } from './push-writer';
import {
	checkAppendedChange,
	checkCoordinatorFields,
	checkExpertCase,
	checkExpertWrite,
	checkOwnerFields,
	checkWhole,
	describe,
	isMobilePair,
	ownerOfNew,
	Rejection,
	type Rule
} from './push-rules';
import {
	isRecordKind,
	mayCoordinate,
	mayWriteRecord,
	ownerReadsAfter,
	recordKind
} from './record-kinds';
import { resentChange, wasOf } from './resent';

const derived = new WeakMap<z.ZodObject, { insert: z.ZodObject; patch: z.ZodObject }>();

/**
 * A kind's strict insert and patch schemas, made once: zod compiles a schema on its first use,
 * and making them afresh for every mutation cost more than all of a push's SQL together.
 */
function strictSchemas(schema: z.ZodObject) {
	let made = derived.get(schema);
	if (!made) {
		made = { insert: schema.strict(), patch: schema.partial().strict() };
		derived.set(schema, made);
	}
	return made;
}

/**
 * Writes one mutation inside the push's transaction: a new record, a delete (a tombstone) or
 * an update merged field by field (DESIGN.md: a field changed by another device since the
 * device's base version keeps the server's value, and the device's goes to sync_conflicts).
 * Throws Rejection for anything refused.
 */
export async function writeRecord(
	writer: PushWriter,
	actor: Actor,
	clientId: string,
	mutation: Mutation
): Promise<MutationResult> {
	const resent = await resentChange(writer, clientId, mutation);
	return 'status' in resent ? resent : writeChange(writer, actor, clientId, resent);
}

async function writeChange(
	writer: PushWriter,
	actor: Actor,
	clientId: string,
	mutation: Mutation
): Promise<MutationResult> {
	const trx = writer.trx;
	// In a field's value, its name or anywhere else: PostgreSQL cannot store U+0000 in text.
	if (holdsNul(mutation))
		throw new Rejection('invalid_text', 'text may not contain the character U+0000');
	if (!isRecordKind(mutation.table))
		throw new Rejection('unknown_table', `unknown table ${mutation.table}`);
	const rule = recordKind(mutation.table);
	const mobilePair = await isMobilePair(writer.trx, actor, mutation);
	checkExpertWrite(actor, mutation, mobilePair);
	const schema = strictSchemas(rule.schema);
	const existing = await writer.record(mutation.id);
	if (existing && existing.kind !== mutation.table)
		throw new Rejection('wrong_table', 'id belongs to another table');
	// An edit after a delete is quarantined: it never brings the row back.
	if (existing?.deleted) throw new Rejection('deleted', 'the record has been deleted');
	const fromOldEpoch = mutation.baseEpoch !== undefined && mutation.baseEpoch !== writer.epoch.id;
	if (existing && rule.appendOnly) checkAppendedChange(actor, rule, existing, mutation);

	const seq = await writer.seq();
	const now = new Date().toISOString();

	if (!existing) {
		if (mutation.op !== 'insert') throw new Rejection('no_such_record', 'no such record');
		const fields: Record<string, unknown> = { ...mutation.fields, createdBy: actor.userId };
		if (rule.parent) await writer.flushRecords();
		const owner = await ownerOfNew(trx, actor, rule, fields);
		fields.countyId = owner.countyId;
		// Strict: an unknown field (a name, an identity code) is refused, never silently dropped.
		const parsed = schema.insert.safeParse(fields);
		if (!parsed.success)
			throw new Rejection('invalid', `invalid: ${describe(parsed.error.issues)}`);
		checkWhole(rule, parsed.data, mayCoordinate(actor, owner.countyId));
		// New records belong to the creator's own county; only admins file them elsewhere.
		if (!rule.parent && actor.role !== 'admin' && owner.countyId !== actor.countyId) {
			throw new Rejection('other_county', 'not allowed for this county');
		}
		checkCoordinatorFields(actor, rule, owner.countyId, parsed.data, {});
		const stamps: Record<string, FieldStamp> = Object.fromEntries(
			Object.keys(parsed.data).map((field) => [
				field,
				{ version: 1, clientId, e: writer.epoch.n, ...wasOf(mutation, field) }
			])
		);
		writer.insertRecord({
			id: mutation.id,
			kind: mutation.table,
			owner_id: owner.ownerId,
			county_id: owner.countyId,
			version: 1,
			seq,
			deleted: 0,
			flagged: 0,
			updated_at: now,
			data: JSON.stringify(parsed.data),
			stamps: JSON.stringify(stamps),
			owner_reads: ownerReadsAfter(mutation.table, parsed.data, owner.ownerId, null),
			case_id: caseIdOf(mutation.table, mutation.id, parsed.data),
			experts_read: expertsReadAfter(mutation.table, parsed.data, owner.ownerId, actor.role, null)
		});
		if (mutation.table === 'consultations') {
			await updateCaseReaders(trx, mutation.id, caseReadersNow(parsed.data));
		}
		writer.audit(mutation.table, mutation.id, Object.keys(parsed.data), caseOf(rule, parsed.data));
		return { mid: mutation.mid, status: 'applied', version: 1 };
	}

	const owner = { ownerId: existing.owner_id, countyId: existing.county_id };
	if (actor.role === 'expert') await checkExpertCase(trx, actor, mutation.id, 'the change');
	else if (!mayWriteRecord(actor, owner))
		throw new Rejection('not_allowed', 'not allowed to change this record');
	await writer.flushRecords();

	if (mutation.op === 'delete') {
		const tombstone = {
			deleted: 1,
			data: null,
			version: existing.version + 1,
			seq,
			updated_at: now
		};
		await trx.updateTable('records').set(tombstone).where('id', '=', mutation.id).execute();
		writer.remember({ ...existing, ...tombstone });
		await afterCaseChange(trx, mutation.table, mutation.id, null);
		writer.audit(mutation.table, mutation.id, ['deleted'], caseOf(rule, fieldsOf(existing)));
		return { mid: mutation.mid, status: 'applied', version: existing.version + 1 };
	}

	// Ownership and creation facts are the server's, never a device's to change.
	const { createdBy: _createdBy, countyId: _countyId, ...patch } = mutation.fields;
	const partial = schema.patch.safeParse(patch);
	if (!partial.success)
		throw new Rejection('invalid', `invalid: ${describe(partial.error.issues)}`);
	const current = JSON.parse(existing.data ?? '{}') as Record<string, unknown>;
	// An expert's answers are their own: everyone else's stay as they are on the server.
	if (actor.role === 'expert' && partial.data.outputs) {
		partial.data.outputs = withOwnOutputs(
			current.outputs as ConsultationOutput[] | undefined,
			partial.data.outputs as ConsultationOutput[],
			actor.userId
		);
	}
	checkCoordinatorFields(actor, rule, existing.county_id, partial.data, current, mobilePair);
	checkOwnerFields(actor, rule, existing.owner_id, partial.data, current);
	const merged = mergeFields(
		{
			version: existing.version,
			fields: current,
			stamps: JSON.parse(existing.stamps)
		},
		mutation.baseVersion ?? 0,
		partial.data,
		clientId,
		rule.listFields,
		{ epoch: writer.epoch.n, fromOldEpoch, ...(mutation.acked ? { acked: mutation.acked } : {}) }
	);
	// An expert changes nothing the request's completeness depends on (only their answers).
	checkWhole(
		rule,
		merged.row.fields,
		actor.role === 'expert' || mayCoordinate(actor, existing.county_id)
	);
	for (const conflict of merged.conflicts) {
		await trx
			.insertInto('sync_conflicts')
			.values({
				id: uuidv7(),
				record_id: mutation.id,
				kind: mutation.table,
				field: conflict.field,
				client_id: clientId,
				user_id: actor.userId,
				client_value: JSON.stringify(conflict.clientValue),
				server_value: JSON.stringify(conflict.serverValue),
				server_version: conflict.serverVersion,
				created_at: now
			})
			.execute();
	}
	const settled = await settleConflicts(trx, actor, mutation, now);
	const stillOpen = settled ? await hasOpenConflicts(trx, mutation.id) : false;
	if (merged.applied.length > 0 || merged.conflicts.length > 0 || settled) {
		const change = {
			version: merged.row.version,
			seq,
			updated_at: now,
			data: JSON.stringify(merged.row.fields),
			stamps: JSON.stringify(merged.row.stamps),
			flagged: merged.conflicts.length > 0 || stillOpen ? 1 : settled ? 0 : existing.flagged,
			// A note no longer for the requester: their devices are sent a removal (pull-records.ts).
			owner_reads: ownerReadsAfter(
				mutation.table,
				merged.row.fields,
				existing.owner_id,
				existing.owner_reads
			),
			experts_read: expertsReadAfter(
				mutation.table,
				merged.row.fields,
				existing.owner_id,
				mutation.table === 'consultation_events'
					? await roleOf(trx, merged.row.fields.createdBy)
					: null,
				existing.experts_read
			)
		};
		await trx.updateTable('records').set(change).where('id', '=', mutation.id).execute();
		writer.remember({ ...existing, ...change });
		await afterCaseChange(trx, mutation.table, mutation.id, merged.row.fields);
	}
	if (merged.applied.length > 0) {
		writer.audit(mutation.table, mutation.id, merged.applied, caseOf(rule, merged.row.fields));
	}
	return merged.conflicts.length > 0
		? {
				mid: mutation.mid,
				status: 'conflict',
				version: merged.row.version,
				conflicts: merged.conflicts.map((conflict) => conflict.field)
			}
		: { mid: mutation.mid, status: 'applied', version: merged.row.version };
}

/**
 * After a consultation is written: who needs to know it (case-readers.ts); when that changed,
 * its timeline flows again, to the new readers' devices and as removals to the former ones'.
 */
async function afterCaseChange(
	trx: Trx,
	table: string,
	id: string,
	fields: Record<string, unknown> | null
): Promise<void> {
	if (table !== 'consultations') return;
	if (await updateCaseReaders(trx, id, caseReadersNow(fields))) await resendTimeline(trx, id);
}

/** The case a record belongs to, when it hangs on one (a timeline entry's consultation). */
function caseOf(rule: Rule, fields: Record<string, unknown>): string | undefined {
	const parentId = rule.parent ? fields[rule.parent.field] : undefined;
	return typeof parentId === 'string' ? parentId : undefined;
}
