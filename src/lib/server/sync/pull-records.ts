import type { ExpressionBuilder, Insertable, Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { RecordChange } from '$lib/domain/api/sync';
import { counties } from '$lib/domain/areas';
import { countyAccess } from '$lib/domain/county-access';
import type { Actor } from '$lib/domain/roles';
import type { AuditAction } from '../audit';
import type { AuditRecordsTable, Database, OwnerReads } from '../db/schema';
import { caseAccess, readerIdsOf, type CaseAccess } from './case-readers';
import { isRecordKind, mayReadRecord, recordKind } from './record-kinds';

export type { RecordChange };

/** One page of a device's records pull. */
export interface RecordsPage {
	changes: RecordChange[];
	/** The seq of the last row the page looked at, sent or not: the device's next cursor. */
	lastSeq: number;
	/** Whether rows may follow: the page looked at as many rows as asked, whatever it sent. */
	hasMore: boolean;
	/**
	 * Rows in reach after lastSeq (at most REMAINING_CAP): how many more the device is still
	 * to receive, for its progress line. Only pullRecordsPage counts them.
	 */
	remaining?: number;
}

/** Counties whose records the actor may read, by the one county-scope rule (roles.ts). */
function readableCounties(actor: Actor): string[] | 'all' | 'own-only' {
	if (actor.role === 'admin') return 'all';
	const readable = counties
		.filter((county) => countyAccess(actor, county.id) !== 'none')
		.map((county) => county.id);
	return readable.length > 0 ? readable : 'own-only';
}

interface Row {
	id: string;
	kind: string;
	owner_id: string;
	county_id: string;
	version: number;
	seq: number;
	deleted: number;
	flagged: number;
	owner_reads: OwnerReads;
	case_id: string | null;
	experts_read: OwnerReads;
	data: string | null;
}

/**
 * What the actor's device is sent of a changed record (mayReadRecord, record-kinds.ts): the
 * record; a removal — a tombstone as a delete makes it — when it has stopped being theirs to
 * read (a note the coordinator no longer shows the requester, a case an expert is no longer
 * assigned to); or nothing when it never was. `cases`: an expert's access to the row's case.
 */
function changeFor(actor: Actor, row: Row, cases: Map<string, CaseAccess>): RecordChange | null {
	const data = row.data ? (JSON.parse(row.data) as Record<string, unknown>) : null;
	const access = row.case_id ? cases.get(row.case_id) : undefined;
	const record = {
		kind: row.kind,
		ownerId: row.owner_id,
		countyId: row.county_id,
		data,
		needToKnow: { case: access ?? null, record: row.experts_read }
	};
	const change = {
		table: row.kind,
		id: row.id,
		version: Number(row.version),
		deleted: !!row.deleted,
		flagged: !!row.flagged,
		data
	};
	if (countyAccess(actor, row.county_id) !== 'none') return change;
	const mine = row.owner_id === actor.userId;
	// Never theirs to read: neither the owner's (an internal note on their case) nor, to an
	// expert of the case, the experts' (the same note); a case never assigned to them.
	if (mine ? row.owner_reads === 'never' : !access || row.experts_read === 'never') return null;
	if (row.deleted || mayReadRecord(actor, record)) return change;
	return { ...change, deleted: true, flagged: false, data: null };
}

/** A change a page sends, with whose record it is (for the audit of reads). */
interface Sent {
	change: RecordChange;
	ownerId: string;
}

/** Counted no further than this: the count only feeds a progress line, and stays cheap. */
export const REMAINING_CAP = 100_000;

/**
 * The records table narrowed to the rows in the actor's reach (the page and its count alike);
 * `readerIds`: an expert's directory ids (case-readers.ts).
 */
function inReach(db: Kysely<Database>, actor: Actor, readerIds: readonly string[]) {
	const scope = readableCounties(actor);
	// Own records, but not the ones never the owner's to read (an internal note on their case);
	// and an expert's cases, now or before (a removal is due), with their timelines.
	const own = (eb: ExpressionBuilder<Database, 'records'>) => {
		const owned = eb.and([eb('owner_id', '=', actor.userId), eb('owner_reads', '!=', 'never')]);
		if (readerIds.length === 0) return owned;
		const known = eb
			.selectFrom('case_readers')
			.select('case_readers.case_id')
			.where('case_readers.reader_id', 'in', [...readerIds]);
		return eb.or([owned, eb('case_id', 'in', known)]);
	};
	const query = db.selectFrom('records');
	if (scope === 'own-only') return query.where(own);
	if (scope === 'all') return query;
	return query.where((eb) => eb.or([own(eb), eb('county_id', 'in', scope)]));
}

/**
 * How many rows in the actor's reach follow `seq`, up to REMAINING_CAP: what is still to come
 * for the device's progress line. Counted over a limited subquery, so a huge backlog costs no
 * more than the cap.
 */
async function countRemaining(db: Kysely<Database>, actor: Actor, seq: number): Promise<number> {
	const { remaining } = await db
		.selectFrom(
			inReach(db, actor, await readerIdsOf(db, actor))
				.select('seq')
				.where('seq', '>', seq)
				.limit(REMAINING_CAP)
				.as('ahead')
		)
		.select((eb) => eb.fn.countAll<number | string | bigint>().as('remaining'))
		.executeTakeFirstOrThrow();
	return Number(remaining);
}

/** The rows after `seq` in the actor's reach, as what each is sent (or not). */
async function readPage(
	db: Kysely<Database>,
	actor: Actor,
	seq: number,
	limit: number
): Promise<{ sent: Sent[]; lastSeq: number; hasMore: boolean }> {
	const readerIds = await readerIdsOf(db, actor);
	const rows = (await inReach(db, actor, readerIds)
		.select([
			'id',
			'kind',
			'owner_id',
			'county_id',
			'version',
			'seq',
			'deleted',
			'flagged',
			'owner_reads',
			'case_id',
			'experts_read',
			'data'
		])
		.where('seq', '>', seq)
		.orderBy('seq')
		.limit(limit)
		.execute()) as Row[];
	const sent: Sent[] = [];
	const cases = await caseAccess(
		db,
		readerIds,
		rows.flatMap((row) => (row.case_id ? [row.case_id] : []))
	);
	// Checked again per row: the query narrows, mayReadRecord decides.
	for (const row of rows) {
		const change = changeFor(actor, row, cases);
		if (change) sent.push({ change, ownerId: row.owner_id });
	}
	return {
		sent,
		// Past every row looked at, sent or not: a page that sent nothing still moves on.
		lastSeq: rows.length ? Number(rows[rows.length - 1]!.seq) : seq,
		hasMore: rows.length === limit
	};
}

/**
 * Record changes after `seq` that the actor may see, oldest first, tombstones and removals
 * included. Rows the actor may not read are never sent, yet still move the cursor on.
 */
export async function recordChangesSince(
	db: Kysely<Database>,
	actor: Actor,
	seq: number,
	limit: number
): Promise<RecordsPage> {
	const { sent, lastSeq, hasMore } = await readPage(db, actor, seq, limit);
	return { changes: sent.map(({ change }) => change), lastSeq, hasMore };
}

/** The case a record belongs to: its own id, or its parent's for a timeline entry. */
function caseOf(change: RecordChange): string {
	if (!isRecordKind(change.table)) return change.id;
	const parent = recordKind(change.table).parent;
	const parentId = parent ? change.data?.[parent.field] : undefined;
	return typeof parentId === 'string' ? parentId : change.id;
}

/**
 * Audits a pull page's reads of other people's records: one row saying who received which
 * record ids on which of their devices and when (`records.received`, the ids in `fields`), linked to
 * each record and its case so the admin's audit view answers "who has seen this case?".
 * Only records with content count (not tombstones or removals), and only those that someone
 * else owns or wrote.
 */
async function auditReceived(
	db: Kysely<Database>,
	actor: Actor,
	clientId: string | null,
	sent: Sent[]
): Promise<void> {
	const read = sent
		.filter(
			({ change, ownerId }) =>
				change.data !== null && (ownerId !== actor.userId || change.data.createdBy !== actor.userId)
		)
		.map(({ change }) => change);
	if (read.length === 0) return;
	// The device the app names in its header, when it is this person's: anyone may send any id.
	const device = clientId
		? await db
				.selectFrom('devices')
				.select('client_id')
				.where('client_id', '=', clientId)
				.where('user_id', '=', actor.userId)
				.executeTakeFirst()
		: undefined;
	const id = uuidv7();
	const linked = new Set(read.flatMap((change) => [change.id, caseOf(change)]));
	const links: Insertable<AuditRecordsTable>[] = [...linked].map((recordId) => ({
		record_id: recordId,
		audit_id: id
	}));
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('audit_log')
			.values({
				id,
				at: new Date().toISOString(),
				actor_id: actor.userId,
				action: 'records.received' satisfies AuditAction,
				outcome: 'ok',
				client_id: device?.client_id ?? null,
				record_table: null,
				record_id: null,
				fields: JSON.stringify(read.map((change) => change.id)),
				address: null
			})
			.execute();
		for (let at = 0; at < links.length; at += LINKS_PER_INSERT) {
			await trx
				.insertInto('audit_records')
				.values(links.slice(at, at + LINKS_PER_INSERT))
				.execute();
		}
	});
}

/** Rows per multi-row insert of audit links (two values each; far below either database's limit). */
const LINKS_PER_INSERT = 500;

/**
 * A records page as GET /api/v1/sync/pull?scope=records answers it: the changes the person
 * may read, their reads of other people's records audited before anything is sent.
 */
export async function pullRecordsPage(
	db: Kysely<Database>,
	actor: Actor,
	clientId: string | null,
	seq: number,
	limit: number
): Promise<RecordsPage> {
	const { sent, lastSeq, hasMore } = await readPage(db, actor, seq, limit);
	await auditReceived(db, actor, clientId, sent);
	const remaining = hasMore ? await countRemaining(db, actor, lastSeq) : 0;
	return { changes: sent.map(({ change }) => change), lastSeq, hasMore, remaining };
}
