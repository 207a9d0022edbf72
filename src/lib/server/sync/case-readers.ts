import type { Kysely, Transaction } from 'kysely';
import {
	caseReaderIds,
	DEFAULT_CASE_ACCESS_GRACE_DAYS,
	groupPeople,
	mobilePairCounty,
	mobilePairReaderId
} from '$lib/domain/need-to-know';
import type { Actor, Role } from '$lib/domain/roles';
import { reserveSeq } from '../db/counters';
import type { CaseReadersTable, Database, OwnerReads } from '../db/schema';
import { recordKind, type RecordKind } from './record-kinds';

/**
 * Need to know: an expert reads a case while they are assigned to it, or while it is set for
 * a group they belong to (as a member or as its mobile pair), until it is closed and a grace
 * period has passed; the mobile pair of a county reads the county's open cases too
 * (domain/need-to-know.ts). They read the case's timeline but for the coordinators' internal
 * notes. Each case keeps its readers' ids in `case_readers` (a directory id, or the reader id
 * of a county's mobile pair), 'yes' while they read it and 'no-longer' after: the pull finds
 * an expert's cases through them and sends removals where it is 'no-longer' (pull-records.ts).
 *
 * A device's pull cursor is one seq over all records, so a device past a case's rows would
 * never see them again when the expert is assigned later. When a case's readers change, the
 * case and every entry of its timeline therefore get new seqs (resendTimeline): the newly
 * assigned expert's devices receive them at their next pull, the unassigned expert's get
 * removals, and everyone else's get the same versions again, which changes nothing there.
 * The same holds when a person joins or leaves a group or the mobile pair
 * (directoryReadersChanged, directory-readers.ts): their own directory id is then marked 'no-longer' on the cases
 * they lose, so that the removals reach them.
 */

export type Db = Kysely<Database> | Transaction<Database>;
export type CaseAccess = CaseReadersTable['reads'];

let graceDays = DEFAULT_CASE_ACCESS_GRACE_DAYS;

/** Days the experts of a closed case still read it (CASE_ACCESS_GRACE_DAYS), set at start. */
export function setCaseAccessGraceDays(days: number) {
	graceDays = days;
}

/** The reader ids that need to know a case with these fields now (need-to-know.ts). */
export function caseReadersNow(fields: Record<string, unknown> | null, now = new Date()) {
	return caseReaderIds(fields, now, graceDays);
}

/** The case a record belongs to: a consultation is its own, a timeline entry its parent's. */
export function caseIdOf(
	table: RecordKind,
	id: string,
	fields: Record<string, unknown>
): string | null {
	if (table === 'consultations') return id;
	const parent = recordKind(table).parent;
	const parentId = parent?.table === 'consultations' ? fields[parent.field] : undefined;
	return typeof parentId === 'string' ? parentId : null;
}

/**
 * Whether the experts of a case read this record of it now (`writer`: the role of who wrote
 * it): what is shown to the requester, the notes experts write, and what the requester wrote
 * on their own case (the kind's ownerReads); never the coordinators' internal notes — also
 * not on a case a coordinator owns (one received from a call), where ownerReads alone would
 * count the coordinator as its requester. 'no-longer' when they did before (a note hidden
 * again): their devices are sent a removal.
 */
export function expertsReadAfter(
	table: RecordKind,
	fields: Record<string, unknown>,
	ownerId: string,
	writer: Role | null,
	before: OwnerReads | null
): OwnerReads {
	const rule = recordKind(table);
	const staff = writer === 'coordinator' || writer === 'admin';
	if (!rule.ownerReads || writer === 'expert' || fields.forRequester === true) return 'yes';
	if (!staff && rule.ownerReads(fields, ownerId)) return 'yes';
	return before === null || before === 'never' ? 'never' : 'no-longer';
}

/** The role of the person with this user id (who wrote a timeline entry), if known. */
export async function roleOf(db: Db, userId: unknown): Promise<Role | null> {
	if (typeof userId !== 'string') return null;
	const user = await db
		.selectFrom('auth_user')
		.select('role')
		.where('id', '=', userId)
		.executeTakeFirst();
	return (user?.role as Role | undefined) ?? null;
}

/**
 * The reader ids an expert answers to: their directory entry, the groups they are in, and
 * their county's mobile pair when their entry has that role.
 */
export async function readerIdsOf(db: Db, actor: Actor): Promise<string[]> {
	if (actor.role !== 'expert' || !actor.expertId) return [];
	const expertId = actor.expertId;
	const groups = await db
		.selectFrom('directory_entries')
		.select(['id', 'data'])
		.where('kind', '=', 'groups')
		.where('deleted', '=', 0)
		.execute();
	const memberOf = groups
		.filter((group) => groupPeople(parseData(group.data)).includes(expertId))
		.map((group) => group.id);
	const own = await db
		.selectFrom('directory_entries')
		.select('data')
		.where('id', '=', expertId)
		.where('kind', '=', 'experts')
		.where('deleted', '=', 0)
		.executeTakeFirst();
	const county = mobilePairCounty(parseData(own?.data ?? null));
	return [expertId, ...memberOf, ...(county ? [mobilePairReaderId(county)] : [])];
}

const parseData = (data: string | null) =>
	data ? (JSON.parse(data) as Record<string, unknown>) : null;

/** The actor's access to each of these cases: 'yes' when any of their ids reads it now. */
export async function caseAccess(
	db: Db,
	readerIds: readonly string[],
	caseIds: readonly string[]
): Promise<Map<string, CaseAccess>> {
	const access = new Map<string, CaseAccess>();
	if (readerIds.length === 0 || caseIds.length === 0) return access;
	const rows = await db
		.selectFrom('case_readers')
		.select(['case_id', 'reads'])
		.where('reader_id', 'in', [...readerIds])
		.where('case_id', 'in', [...new Set(caseIds)])
		.execute();
	for (const row of rows) {
		if (access.get(row.case_id) !== 'yes') access.set(row.case_id, row.reads);
	}
	return access;
}

/**
 * Records who needs to know a case after a write: new readers 'yes', readers no longer
 * assigned 'no-longer'. Answers whether anyone gained or lost the case.
 */
export async function updateCaseReaders(
	trx: Transaction<Database>,
	caseId: string,
	readerIds: readonly string[]
): Promise<boolean> {
	const existing = await trx
		.selectFrom('case_readers')
		.select(['reader_id', 'reads'])
		.where('case_id', '=', caseId)
		.execute();
	const wanted = new Set(readerIds);
	let changed = false;
	for (const row of existing) {
		const reads: CaseAccess = wanted.has(row.reader_id) ? 'yes' : 'no-longer';
		wanted.delete(row.reader_id);
		if (reads === row.reads) continue;
		changed = true;
		await trx
			.updateTable('case_readers')
			.set({ reads })
			.where('case_id', '=', caseId)
			.where('reader_id', '=', row.reader_id)
			.execute();
	}
	if (wanted.size > 0) {
		changed = true;
		await trx
			.insertInto('case_readers')
			.values(
				[...wanted].map((readerId) => ({
					case_id: caseId,
					reader_id: readerId,
					reads: 'yes' as const
				}))
			)
			.execute();
	}
	return changed;
}

/** Gives every entry of a case's timeline a new seq, so that it flows to every reader again. */
export async function resendTimeline(trx: Db, caseId: string): Promise<void> {
	await resend(trx, caseId, false);
}

/** Gives the case and its whole timeline new seqs: its readers changed without a write to it. */
export async function resendCase(trx: Db, caseId: string): Promise<void> {
	await resend(trx, caseId, true);
}

async function resend(trx: Db, caseId: string, withCase: boolean) {
	let query = trx.selectFrom('records').select('id').where('case_id', '=', caseId);
	if (!withCase) query = query.where('id', '!=', caseId);
	const entries = await query.orderBy('seq').execute();
	if (entries.length === 0) return;
	const first = await reserveSeq(trx, entries.length);
	for (const [index, entry] of entries.entries()) {
		await trx
			.updateTable('records')
			.set({ seq: first + index })
			.where('id', '=', entry.id)
			.execute();
	}
}
