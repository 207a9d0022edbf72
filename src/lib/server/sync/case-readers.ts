import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '$lib/domain/roles';
import { reserveSeq } from '../db/counters';
import type { CaseReadersTable, Database, OwnerReads } from '../db/schema';
import { recordKind, type RecordKind } from './record-kinds';

/**
 * Need to know: an expert reads a case while they are assigned to it, or while it is set for
 * a group they belong to (as a member or as its mobile pair), and the case's timeline but for
 * the coordinators' internal notes. Each case keeps its readers' directory ids in
 * `case_readers`, 'yes' while they read it and 'no-longer' after: the pull finds an expert's
 * cases through them and sends removals where it is 'no-longer' (pull-records.ts).
 *
 * A device's pull cursor is one seq over all records, so a device past a case's rows would
 * never see them again when the expert is assigned later. When a case's readers change, the
 * case and every entry of its timeline therefore get new seqs (resendTimeline): the newly
 * assigned expert's devices receive them at their next pull, the unassigned expert's get
 * removals, and everyone else's get the same versions again, which changes nothing there.
 */

type Db = Kysely<Database> | Transaction<Database>;
export type CaseAccess = CaseReadersTable['reads'];

/** The directory ids that need to know a case: its assigned experts and its group. */
export function caseReaderIds(fields: Record<string, unknown> | null): string[] {
	if (!fields) return [];
	const assignees = Array.isArray(fields.assigneeIds) ? fields.assigneeIds : [];
	const ids = [...assignees, fields.groupId].filter((id): id is string => typeof id === 'string');
	return [...new Set(ids)];
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

/** The reader ids an expert answers to: their directory entry and the groups they are in. */
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
		.filter((group) => {
			const data = JSON.parse(group.data ?? '{}') as {
				memberIds?: string[];
				mobilePairIds?: string[];
			};
			return [...(data.memberIds ?? []), ...(data.mobilePairIds ?? [])].includes(expertId);
		})
		.map((group) => group.id);
	return [expertId, ...memberOf];
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
export async function resendTimeline(trx: Transaction<Database>, caseId: string): Promise<void> {
	const entries = await trx
		.selectFrom('records')
		.select('id')
		.where('case_id', '=', caseId)
		.where('id', '!=', caseId)
		.orderBy('seq')
		.execute();
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
