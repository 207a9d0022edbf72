import { sql, type Insertable, type Kysely, type Selectable, type Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { Actor } from '$lib/domain/roles';
import { mergeFields, type FieldStamp } from '$lib/domain/sync/merge';
import {
	classifyMid,
	type Mutation,
	type MutationResult,
	type PushRequest,
	type PushResponse
} from '$lib/domain/sync/protocol';
import type { AuditAction } from '../audit';
import { reserveSeq } from '../db/counters';
import type { AuditLogTable, AuditRecordsTable, Database, RecordsTable } from '../db/schema';
import { holdsNul, storableText } from '../json-checks';
import {
	isRecordKind,
	mayCoordinate,
	mayWriteRecord,
	ownerReadsAfter,
	recordKind
} from './record-kinds';

type Trx = Transaction<Database>;

class Rejection extends Error {}

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

type RecordRow = Selectable<RecordsTable>;

/** Rows per multi-row insert: PostgreSQL plans a VALUES list of 500 rows slower than five of 100. */
const ROWS_PER_INSERT = 100;

/**
 * What the writes of one push share, so a batch of 500 new records costs a few statements
 * rather than four per record (on PostgreSQL each is a round trip): the batch's records read
 * together, change-sequence numbers reserved together under the writers' lock, new records
 * and audit rows written together — new records before anything else reads or changes
 * records, audit rows before the commit.
 */
class PushWriter {
	private nextSeq = 0;
	private reserved = 0;
	private readonly audits: Insertable<AuditLogTable>[] = [];
	/** Audit rows' links to the case a timeline entry belongs to (audit-query.ts). */
	private readonly auditLinks: Insertable<AuditRecordsTable>[] = [];
	/** The batch's records as this transaction has them (null: none), kept current by its writes. */
	private readonly rows = new Map<string, RecordRow | null>();
	private readonly inserts: RecordRow[] = [];

	constructor(
		readonly trx: Trx,
		private readonly actor: Actor,
		private readonly clientId: string
	) {}

	/** Reads the records the batch touches, under the writers' lock, so nothing changes them meanwhile. */
	async load(ids: string[]) {
		const unique = [...new Set(ids)];
		for (let at = 0; at < unique.length; at += 500) {
			const part = unique.slice(at, at + 500);
			const found = await this.trx
				.selectFrom('records')
				.selectAll()
				.where('id', 'in', part)
				.execute();
			for (const id of part) this.rows.set(id, null);
			for (const row of found) this.rows.set(row.id, row);
		}
	}

	async record(id: string): Promise<RecordRow | undefined> {
		const known = this.rows.get(id);
		if (known !== undefined) return known ?? undefined;
		await this.flushRecords();
		return this.trx.selectFrom('records').selectAll().where('id', '=', id).executeTakeFirst();
	}

	/** A new record, written with the next ones in one statement. */
	insertRecord(row: RecordRow) {
		this.inserts.push(row);
		this.rows.set(row.id, row);
	}

	/** Writes the new records still held: call before any statement that reads or changes records. */
	async flushRecords() {
		for (let at = 0; at < this.inserts.length; at += ROWS_PER_INSERT) {
			await this.trx
				.insertInto('records')
				.values(this.inserts.slice(at, at + ROWS_PER_INSERT))
				.execute();
		}
		this.inserts.length = 0;
	}

	/** What a write made of a record, for the batch's later mutations of it. */
	remember(row: RecordRow) {
		this.rows.set(row.id, row);
	}

	async reserve(count: number) {
		if (count === 0) return;
		this.nextSeq = await reserveSeq(this.trx, count);
		this.reserved = count;
	}

	/** The next sequence number: unused ones are harmless gaps, pulls only need the order. */
	async seq(): Promise<number> {
		if (this.reserved === 0) return reserveSeq(this.trx);
		this.reserved--;
		return this.nextSeq++;
	}

	/**
	 * An audit row as audit() writes it: who, which device, which record, field names only;
	 * with the case a timeline entry belongs to, so that the case's audit trail finds it.
	 */
	audit(recordTable: string, recordId: string, fields: string[], caseId?: string) {
		const id = uuidv7();
		if (caseId && caseId !== recordId) this.auditLinks.push({ record_id: caseId, audit_id: id });
		this.audits.push({
			id,
			at: new Date().toISOString(),
			actor_id: this.actor.userId,
			action: 'record.write' satisfies AuditAction,
			outcome: 'ok',
			client_id: this.clientId,
			record_table: recordTable,
			record_id: recordId,
			fields: JSON.stringify(fields),
			address: null
		});
	}

	async flushAudit() {
		for (let at = 0; at < this.audits.length; at += ROWS_PER_INSERT) {
			await this.trx
				.insertInto('audit_log')
				.values(this.audits.slice(at, at + ROWS_PER_INSERT))
				.execute();
		}
		this.audits.length = 0;
		for (let at = 0; at < this.auditLinks.length; at += ROWS_PER_INSERT) {
			await this.trx
				.insertInto('audit_records')
				.values(this.auditLinks.slice(at, at + ROWS_PER_INSERT))
				.execute();
		}
		this.auditLinks.length = 0;
	}
}

/**
 * Applies a device's mutations in one transaction (DESIGN.md): duplicates are skipped, a gap
 * stops the batch, each applied change gets a version and a sequence number, conflicting
 * fields go to sync_conflicts, and refused mutations go to quarantine — still advancing the
 * device's last mutation id, so its queue never blocks and nothing vanishes silently.
 */
export async function applyPush(
	db: Kysely<Database>,
	actor: Actor,
	push: PushRequest
): Promise<PushResponse> {
	return db.transaction().execute(async (trx) => {
		// The writers' lock first: the change counter's row, which every write of a record takes
		// anyway. Without it, on PostgreSQL, a retry racing its original push would read the same
		// last_mid and apply the same mutations twice (or fail on a duplicate key), a stale push
		// could put last_mid back, and a record read before the lock could miss a change
		// committed while this push waited for it — losing that change without a conflict.
		await trx
			.updateTable('counters')
			.set({ value: sql`value` })
			.where('name', '=', 'seq')
			.execute();
		const client = await trx
			.selectFrom('sync_clients')
			.select(['user_id', 'last_mid'])
			.where('client_id', '=', push.clientId)
			.executeTakeFirst();
		let lastMid = client ? Number(client.last_mid) : 0;
		const results: MutationResult[] = [];
		const writer = new PushWriter(trx, actor, push.clientId);
		const next = toApply(push.mutations, lastMid);
		await writer.reserve(next.length);
		await writer.load(next.map((mutation) => mutation.id));

		for (const mutation of push.mutations) {
			const kind = classifyMid(mutation.mid, lastMid);
			if (kind === 'duplicate') {
				results.push({ mid: mutation.mid, status: 'duplicate' });
				continue;
			}
			if (kind === 'gap') break;
			results.push(await applyOne(writer, actor, push.clientId, mutation));
			lastMid = mutation.mid;
		}
		await writer.flushRecords();
		await writer.flushAudit();

		const now = new Date().toISOString();
		await trx
			.insertInto('sync_clients')
			.values({
				client_id: push.clientId,
				user_id: actor.userId,
				last_mid: lastMid,
				updated_at: now
			})
			.onConflict((oc) =>
				oc.column('client_id').doUpdateSet({ last_mid: lastMid, updated_at: now })
			)
			.execute();
		await trx
			.updateTable('devices')
			.set({ last_sync_at: now })
			.where('client_id', '=', push.clientId)
			.execute();
		return { lastMutationId: lastMid, serverTime: now, results };
	});
}

/** The pushed mutations that come next in order, before any gap: those to apply. */
function toApply(mutations: Mutation[], lastMid: number): Mutation[] {
	const next: Mutation[] = [];
	for (const mutation of mutations) {
		const kind = classifyMid(mutation.mid, lastMid);
		if (kind === 'gap') break;
		if (kind === 'apply') {
			next.push(mutation);
			lastMid = mutation.mid;
		}
	}
	return next;
}

async function applyOne(
	writer: PushWriter,
	actor: Actor,
	clientId: string,
	mutation: Mutation
): Promise<MutationResult> {
	try {
		return await writeRecord(writer, actor, clientId, mutation);
	} catch (error) {
		if (!(error instanceof Rejection)) throw error;
		// The reason may quote the client's text (an unknown field's name): stored as it can be.
		const reason = storableText(error.message);
		await writer.trx
			.insertInto('sync_quarantine')
			.values({
				id: uuidv7(),
				client_id: clientId,
				user_id: actor.userId,
				mid: mutation.mid,
				reason,
				// JSON escapes U+0000 and lone surrogates, so any mutation is storable text.
				mutation: JSON.stringify(mutation),
				created_at: new Date().toISOString()
			})
			.execute();
		return { mid: mutation.mid, status: 'rejected', error: reason };
	}
}

async function writeRecord(
	writer: PushWriter,
	actor: Actor,
	clientId: string,
	mutation: Mutation
): Promise<MutationResult> {
	const trx = writer.trx;
	// In a field's value, its name or anywhere else: PostgreSQL cannot store U+0000 in text.
	if (holdsNul(mutation)) throw new Rejection('text may not contain the character U+0000');
	if (!isRecordKind(mutation.table)) throw new Rejection(`unknown table ${mutation.table}`);
	const rule = recordKind(mutation.table);
	const schema = strictSchemas(rule.schema);
	const existing = await writer.record(mutation.id);
	if (existing && existing.kind !== mutation.table)
		throw new Rejection('id belongs to another table');
	// An edit after a delete is quarantined: it never brings the row back.
	if (existing?.deleted) throw new Rejection('the record has been deleted');
	if (existing && rule.appendOnly) checkAppendedChange(actor, rule, existing, mutation);

	const seq = await writer.seq();
	const now = new Date().toISOString();

	if (!existing) {
		if (mutation.op !== 'insert') throw new Rejection('no such record');
		const fields: Record<string, unknown> = { ...mutation.fields, createdBy: actor.userId };
		if (rule.parent) await writer.flushRecords();
		const owner = await ownerOfNew(trx, actor, rule, fields);
		fields.countyId = owner.countyId;
		// Strict: an unknown field (a name, an identity code) is refused, never silently dropped.
		const parsed = schema.insert.safeParse(fields);
		if (!parsed.success) throw new Rejection(`invalid: ${describe(parsed.error.issues)}`);
		checkWhole(rule, parsed.data, mayCoordinate(actor, owner.countyId));
		// New records belong to the creator's own county; only admins file them elsewhere.
		if (!rule.parent && actor.role !== 'admin' && owner.countyId !== actor.countyId) {
			throw new Rejection('not allowed for this county');
		}
		checkCoordinatorFields(actor, rule, owner.countyId, parsed.data, {});
		const stamps: Record<string, FieldStamp> = Object.fromEntries(
			Object.keys(parsed.data).map((field) => [field, { version: 1, clientId }])
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
			owner_reads: ownerReadsAfter(mutation.table, parsed.data, owner.ownerId, null)
		});
		writer.audit(mutation.table, mutation.id, Object.keys(parsed.data), caseOf(rule, parsed.data));
		return { mid: mutation.mid, status: 'applied', version: 1 };
	}

	const owner = { ownerId: existing.owner_id, countyId: existing.county_id };
	if (!mayWriteRecord(actor, owner)) throw new Rejection('not allowed to change this record');
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
		writer.audit(mutation.table, mutation.id, ['deleted'], caseOf(rule, fieldsOf(existing)));
		return { mid: mutation.mid, status: 'applied', version: existing.version + 1 };
	}

	// Ownership and creation facts are the server's, never a device's to change.
	const { createdBy: _createdBy, countyId: _countyId, ...patch } = mutation.fields;
	const partial = schema.patch.safeParse(patch);
	if (!partial.success) throw new Rejection(`invalid: ${describe(partial.error.issues)}`);
	const current = JSON.parse(existing.data ?? '{}') as Record<string, unknown>;
	checkCoordinatorFields(actor, rule, existing.county_id, partial.data, current);
	checkOwnerFields(actor, rule, existing.owner_id, partial.data, current);
	const merged = mergeFields(
		{
			version: existing.version,
			fields: current,
			stamps: JSON.parse(existing.stamps)
		},
		mutation.baseVersion ?? 0,
		partial.data,
		clientId
	);
	checkWhole(rule, merged.row.fields, mayCoordinate(actor, existing.county_id));
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
			)
		};
		await trx.updateTable('records').set(change).where('id', '=', mutation.id).execute();
		writer.remember({ ...existing, ...change });
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

type Rule = ReturnType<typeof recordKind>;

/** The case a record belongs to, when it hangs on one (a timeline entry's consultation). */
function caseOf(rule: Rule, fields: Record<string, unknown>): string | undefined {
	const parentId = rule.parent ? fields[rule.parent.field] : undefined;
	return typeof parentId === 'string' ? parentId : undefined;
}

const fieldsOf = (row: RecordRow) => JSON.parse(row.data ?? '{}') as Record<string, unknown>;

/**
 * An append-only record is never changed — but for the few fields a coordinator of its county
 * may still set (who sees a note), and never deleted by a device.
 */
function checkAppendedChange(actor: Actor, rule: Rule, existing: RecordRow, mutation: Mutation) {
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
	if (!allowed) throw new Rejection('append-only: entries are never changed');
	if (!mayCoordinate(actor, existing.county_id)) {
		throw new Rejection(`only a coordinator may change ${fields.join(', ')}`);
	}
}

/**
 * Marks the record's open conflicts on the fields a person settled as resolved: 'mine' when
 * the change carries a value for the field, 'theirs' when it keeps the server's.
 * Answers whether anything was settled.
 */
async function settleConflicts(
	trx: Trx,
	actor: Actor,
	mutation: Mutation,
	now: string
): Promise<boolean> {
	if (!mutation.resolves?.length) return false;
	let settled = false;
	for (const field of mutation.resolves) {
		const result = await trx
			.updateTable('sync_conflicts')
			.set({
				resolved_at: now,
				resolved_by: actor.userId,
				resolution: field in mutation.fields ? 'mine' : 'theirs'
			})
			.where('record_id', '=', mutation.id)
			.where('field', '=', field)
			.where('resolved_at', 'is', null)
			.executeTakeFirst();
		if (Number(result.numUpdatedRows) > 0) settled = true;
	}
	return settled;
}

async function hasOpenConflicts(trx: Trx, recordId: string): Promise<boolean> {
	const open = await trx
		.selectFrom('sync_conflicts')
		.select('id')
		.where('record_id', '=', recordId)
		.where('resolved_at', 'is', null)
		.limit(1)
		.executeTakeFirst();
	return !!open;
}

/**
 * Whose a new record is: its creator's, in the creator's county — or, for a record that hangs
 * on a parent (a note on a case), the parent's owner and county, if the actor may write there.
 */
async function ownerOfNew(
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
		throw new Rejection(`no such ${rule.parent.table} record`);
	}
	const owner = { ownerId: parent.owner_id, countyId: parent.county_id };
	if (!mayWriteRecord(actor, owner)) throw new Rejection('not allowed to change this record');
	return owner;
}

/** A requester's device may not move a case's stage, assign experts or write its plan. */
function checkCoordinatorFields(
	actor: Actor,
	rule: Rule,
	countyId: string,
	incoming: Record<string, unknown>,
	current: Record<string, unknown>
) {
	if (mayCoordinate(actor, countyId)) return;
	if (rule.coordinatorOnly?.(incoming)) throw new Rejection('only a coordinator may add this');
	const touched = changedFields(rule.coordinatorFields, incoming, current);
	if (touched.length > 0) throw new Rejection(`only a coordinator may set ${touched.join(', ')}`);
}

/** Nobody but the requester may give or change the requester's feedback, not even a coordinator. */
function checkOwnerFields(
	actor: Actor,
	rule: Rule,
	ownerId: string,
	incoming: Record<string, unknown>,
	current: Record<string, unknown>
) {
	if (actor.userId === ownerId) return;
	const touched = changedFields(rule.ownerFields, incoming, current);
	if (touched.length > 0) throw new Rejection(`only the requester may set ${touched.join(', ')}`);
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

function checkWhole(rule: Rule, row: Record<string, unknown>, coordinator: boolean) {
	if (!rule.whole) return;
	const problems = rule.whole(row, coordinator);
	if (problems.length > 0) throw new Rejection(`incomplete: ${problems.join('; ')}`);
}

function describe(issues: { path: PropertyKey[]; message: string }[]): string {
	return issues
		.slice(0, 5)
		.map((issue) => `${issue.path.map(String).join('.') || '(record)'}: ${issue.message}`)
		.join('; ');
}
