import { canKeepBoth, resolution, type ConflictChoice } from '$lib/domain/conflict-choice';
import { sensitiveFields, type RecordTable } from '$lib/domain/sensitive-fields';
import { decryptFields } from '../crypto/fields';
import { applyLocalChange } from '../db/mutate';
import type { RecDb, SyncedRow, SyncIssue } from '../db/rec-db';

/**
 * The one place a sync conflict is settled on a device, for every role: the worker's notice
 * of a conflict (/app/sync, from the device's own sync issue) and the coordinator's review of
 * the server's open conflicts (/app/cases/conflicts). What each choice writes is the domain's
 * (conflict-choice.ts); this writes it and clears the device's notices it settles.
 */

/** One conflicting field, both sides decrypted, as a person settles it. */
export interface ConflictSides {
	table: RecordTable;
	recordId: string;
	field: string;
	/** The value that stayed on the server. */
	theirs: unknown;
	/** The value this device (or the other person's) sent. */
	yours: unknown;
	/** The record's version the server reported with the conflict, when it did. */
	serverVersion?: number;
}

/** The record this device lacks: a conflict on it cannot be settled here until a sync brings it. */
export class NotOnDevice extends Error {
	constructor(recordId: string) {
		super(`record ${recordId} is not on this device`);
		this.name = 'NotOnDevice';
	}
}

/** A field as the worker's sync screen shows it, "keep both" offered for texts and lists. */
export interface FieldConflictView {
	field: string;
	yours: unknown;
	theirs: unknown;
	/** Both sides are texts or lists of codes, so "keep both" can join them. */
	joinable: boolean;
}

const names = (table: string) => sensitiveFields[table as RecordTable] ?? [];

/** Both sides of each conflicting field of the device's notice, decrypted. */
export async function conflictView(
	db: RecDb,
	key: CryptoKey,
	issue: SyncIssue
): Promise<FieldConflictView[]> {
	const row = await db.table<SyncedRow, string>(issue.table).get(issue.recordId);
	const theirs: Record<string, unknown> = row
		? await decryptFields(key, row, names(issue.table))
		: {};
	const yours: Record<string, unknown> = issue.yours
		? await decryptFields(key, issue.yours, names(issue.table))
		: {};
	return issue.fields.map((field) => ({
		field,
		yours: yours[field],
		theirs: theirs[field],
		joinable: canKeepBoth(theirs[field], yours[field])
	}));
}

/** The sides of one field of the device's notice, for settleConflict. */
export const sidesOf = (issue: SyncIssue, view: FieldConflictView): ConflictSides => ({
	table: issue.table as RecordTable,
	recordId: issue.recordId,
	field: view.field,
	theirs: view.theirs,
	yours: view.yours
});

/** The sides of a conflict the server lists (GET /api/v1/sync/conflicts), for settleConflict. */
export const serverSides = (conflict: {
	table: RecordTable;
	recordId: string;
	recordVersion: number;
	field: string;
	serverValue: unknown;
	clientValue: unknown;
}): ConflictSides => ({
	table: conflict.table,
	recordId: conflict.recordId,
	field: conflict.field,
	theirs: conflict.serverValue,
	yours: conflict.clientValue,
	serverVersion: conflict.recordVersion
});

/**
 * Settles one field the way the person chose: an update carrying the chosen value (none, to
 * keep the server's) and `resolves`, so the server marks its conflict resolved. It is based on
 * the newer of the device's version and the one the server reported, so that it does not
 * conflict again. The device's own notices of that field go with it. Nothing is dropped
 * without this choice.
 */
export async function settleConflict(
	db: RecDb,
	key: CryptoKey,
	conflict: ConflictSides,
	choice: ConflictChoice
): Promise<number> {
	const local = await db.table<SyncedRow, string>(conflict.table).get(conflict.recordId);
	if (!local) throw new NotOnDevice(conflict.recordId);
	const { fields, resolves } = resolution(choice, {
		field: conflict.field,
		serverValue: conflict.theirs,
		clientValue: conflict.yours
	});
	const mid = await applyLocalChange(db, key, {
		table: conflict.table,
		op: 'update',
		id: conflict.recordId,
		baseVersion: Math.max(local.version, conflict.serverVersion ?? 0),
		fields,
		resolves
	});
	const notices = await db.syncIssues.where('recordId').equals(conflict.recordId).toArray();
	for (const notice of notices) {
		if (notice.status !== 'conflict' || !notice.fields.includes(conflict.field)) continue;
		const left = notice.fields.filter((field) => field !== conflict.field);
		if (left.length === 0) await db.syncIssues.delete(notice.mid);
		else await db.syncIssues.update(notice.mid, { fields: left });
	}
	return mid;
}
