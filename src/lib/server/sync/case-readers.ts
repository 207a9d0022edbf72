import type { Kysely, Transaction } from 'kysely';
import {
	caseReaderIds,
	DEFAULT_CASE_ACCESS_GRACE_DAYS,
	mobilePairCounty,
	mobilePairReaderId
} from '$lib/domain/need-to-know';
import type { Actor } from '$lib/domain/roles';
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
 * (directoryReadersChanged): their own directory id is then marked 'no-longer' on the cases
 * they lose, so that the removals reach them.
 */

type Db = Kysely<Database> | Transaction<Database>;
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
 * Whether the experts of a case read this record of it now: what the requester reads (the
 * kind's ownerReads), and the notes experts write; never the coordinators' internal notes.
 * 'no-longer' when they did before (a note hidden again): their devices are sent a removal.
 */
export function expertsReadAfter(
	table: RecordKind,
	fields: Record<string, unknown>,
	ownerId: string,
	writtenByExpert: boolean,
	before: OwnerReads | null
): OwnerReads {
	const rule = recordKind(table);
	if (!rule.ownerReads || writtenByExpert || rule.ownerReads(fields, ownerId)) return 'yes';
	return before === null || before === 'never' ? 'never' : 'no-longer';
}

/** Whether a user id is an expert's (whose notes the case's other experts read). */
export async function isExpertUser(db: Db, userId: unknown): Promise<boolean> {
	if (typeof userId !== 'string') return false;
	const user = await db
		.selectFrom('auth_user')
		.select('role')
		.where('id', '=', userId)
		.executeTakeFirst();
	return user?.role === 'expert';
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

/** The directory ids of a group's people: its members and its mobile pair. */
function groupPeople(group: Record<string, unknown> | null): string[] {
	const ids = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);
	return [...ids(group?.memberIds), ...ids(group?.mobilePairIds)];
}

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

/**
 * Ends the experts' access to the cases closed longer ago than the grace period (a scheduled
 * job): their readers become 'no-longer' and the cases flow again, so that the experts'
 * devices are sent removals. Answers how many cases it ended.
 */
export async function endExpiredCaseAccess(db: Kysely<Database>, now = new Date()) {
	// Cases someone still reads whose stored JSON says they ended; the rule decides on the fields.
	const rows = await db
		.selectFrom('records')
		.select(['id', 'data'])
		.where('kind', '=', 'consultations')
		.where('deleted', '=', 0)
		.where((eb) =>
			eb.or([
				eb('data', 'like', '%"status":"closed"%'),
				eb('data', 'like', '%"status":"withdrawn"%')
			])
		)
		.where('id', 'in', (eb) =>
			eb.selectFrom('case_readers').select('case_id').where('reads', '=', 'yes')
		)
		.execute();
	let ended = 0;
	for (const row of rows) {
		await db.transaction().execute(async (trx) => {
			// The row as it is now, in the transaction: a write since the query decides.
			const current = await trx
				.selectFrom('records')
				.select('data')
				.where('id', '=', row.id)
				.executeTakeFirst();
			const readers = caseReadersNow(parseData(current?.data ?? null), now);
			if (await updateCaseReaders(trx, row.id, readers)) {
				await resendCase(trx, row.id);
				ended++;
			}
		});
	}
	return ended;
}

/** A directory entry before and after a change (null: not there, or retired). */
export interface EntryChange {
	kind: string;
	id: string;
	before: Record<string, unknown> | null;
	after: Record<string, unknown> | null;
}

/**
 * After directory entries change: who joined or left a group, and who became or stopped
 * being the mobile pair of a county. Those who left are marked 'no-longer' on the cases they
 * read that way (unless they read them in person too), and those cases flow again, so their
 * devices are sent removals; the cases of those who joined flow again so that their devices,
 * though past those rows, receive them.
 */
export async function directoryReadersChanged(
	trx: Db,
	changes: readonly EntryChange[]
): Promise<void> {
	for (const change of changes) {
		if (change.kind === 'groups') {
			const before = groupPeople(change.before);
			const after = groupPeople(change.after);
			await readerScopeChanged(
				trx,
				change.id,
				after.filter((id) => !before.includes(id)),
				before.filter((id) => !after.includes(id))
			);
		} else if (change.kind === 'experts') {
			const before = mobilePairCounty(change.before);
			const after = mobilePairCounty(change.after);
			if (before === after) continue;
			if (before) await readerScopeChanged(trx, mobilePairReaderId(before), [], [change.id]);
			if (after) await readerScopeChanged(trx, mobilePairReaderId(after), [change.id], []);
		}
	}
}

/** People (directory ids) who now read, or no longer read, the cases of one reader id. */
async function readerScopeChanged(
	trx: Db,
	readerId: string,
	gained: readonly string[],
	lost: readonly string[]
): Promise<void> {
	if (gained.length === 0 && lost.length === 0) return;
	const cases = (
		await trx
			.selectFrom('case_readers')
			.select('case_id')
			.where('reader_id', '=', readerId)
			.where('reads', '=', 'yes')
			.execute()
	).map((row) => row.case_id);
	if (cases.length === 0) return;
	const resent = new Set(gained.length > 0 ? cases : []);
	for (const personId of lost) {
		const own = new Map(
			(
				await trx
					.selectFrom('case_readers')
					.select(['case_id', 'reads'])
					.where('reader_id', '=', personId)
					.execute()
			).map((row) => [row.case_id, row.reads])
		);
		// A case they read in person (assigned) stays theirs; on the others their own id is
		// 'no-longer', which the pull finds and answers with removals.
		const removed = cases.filter((caseId) => own.get(caseId) !== 'yes');
		const unmarked = removed.filter((caseId) => !own.has(caseId));
		for (let at = 0; at < unmarked.length; at += 500) {
			await trx
				.insertInto('case_readers')
				.values(
					unmarked.slice(at, at + 500).map((caseId) => ({
						case_id: caseId,
						reader_id: personId,
						reads: 'no-longer' as const
					}))
				)
				.execute();
		}
		for (const caseId of removed) resent.add(caseId);
	}
	for (const caseId of resent) await resendCase(trx, caseId);
}
