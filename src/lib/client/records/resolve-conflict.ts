import { sensitiveFields, type RecordTable } from '$lib/domain/sensitive-fields';
import { decryptFields } from '../crypto/fields';
import { applyLocalChange } from '../db/mutate';
import type { RecDb, RecordRow, SyncIssue } from '../db/rec-db';

export type Choice = 'yours' | 'theirs' | 'both';

export interface FieldConflictView {
	field: string;
	yours: unknown;
	theirs: unknown;
	/** Both sides are text, so "keep both" can join them. */
	joinable: boolean;
}

const names = (table: string) => sensitiveFields[table as RecordTable] ?? [];

/** Both sides of each conflicting field, decrypted for the person who settles them. */
export async function conflictView(
	db: RecDb,
	key: CryptoKey,
	issue: SyncIssue
): Promise<FieldConflictView[]> {
	const row = await db.table<RecordRow, string>(issue.table).get(issue.recordId);
	const theirs = row ? await decryptFields(key, row, names(issue.table)) : {};
	const yours = issue.yours ? await decryptFields(key, issue.yours, names(issue.table)) : {};
	return issue.fields.map((field) => {
		const mine = (yours as Record<string, unknown>)[field];
		const server = (theirs as Record<string, unknown>)[field];
		return {
			field,
			yours: mine,
			theirs: server,
			joinable: typeof mine === 'string' && typeof server === 'string'
		};
	});
}

export function joinTexts(theirs: string, yours: string): string {
	return `${theirs}\n\n———\n\n${yours}`;
}

/**
 * Settles one field the way the person chose: a change carrying the chosen value (or none,
 * to keep the server's) and `resolves`, so the server marks its conflict row resolved.
 * Nothing is dropped without this choice.
 */
export async function resolveField(
	db: RecDb,
	key: CryptoKey,
	issue: SyncIssue,
	view: FieldConflictView,
	choice: Choice
): Promise<void> {
	const row = await db.table<RecordRow, string>(issue.table).get(issue.recordId);
	const fields: Record<string, unknown> = {};
	if (choice === 'yours') fields[view.field] = view.yours;
	if (choice === 'both' && view.joinable) {
		fields[view.field] = joinTexts(String(view.theirs), String(view.yours));
	}
	await applyLocalChange(db, key, {
		table: issue.table as RecordTable,
		op: 'update',
		id: issue.recordId,
		baseVersion: row?.version ?? 0,
		fields,
		resolves: [view.field]
	});
	const left = issue.fields.filter((field) => field !== view.field);
	if (left.length === 0) await db.syncIssues.delete(issue.mid);
	else await db.syncIssues.update(issue.mid, { fields: left });
}
