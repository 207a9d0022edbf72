import { error } from '@sveltejs/kit';
import type { Kysely, Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { canWriteEntry } from '$lib/domain/directory-access';
import type { Actor } from '$lib/domain/roles';
import { EntryId } from '$lib/domain/schemas/common';
import {
	directoryKinds,
	directorySchemas,
	type DirectoryEntry,
	type DirectoryKind
} from '$lib/domain/schemas/directory';
import { audit, type AuditAction } from '../audit';
import type { Database } from '../db/schema';
import { parseOrFail } from '../http';
import { putEntries, retireEntry } from './repository';

type NewEntry = Omit<DirectoryEntry, 'version' | 'updatedAt'>;

/** Who is changing the directory, from which device (for the audit log). */
export interface DirectoryEditor {
	actor: Actor;
	clientId: string | null;
}

const forbidden = (): never =>
	error(403, { message: 'Your role does not allow this.', code: 'forbidden' });
const notFound = (): never =>
	error(404, { message: 'No such directory entry.', code: 'not_found' });

/** The kind named in a URL, or 404: `/admin/directory/experts/…`. */
export function directoryKind(value: string): DirectoryKind {
	if ((directoryKinds as string[]).includes(value)) return value as DirectoryKind;
	return error(404, { message: 'No such kind of directory entry.', code: 'not_found' });
}

/** The kind's schema without what the server sets itself (version, time of change). */
function editable(kind: DirectoryKind) {
	return (directorySchemas[kind] as unknown as z.ZodObject).omit({
		version: true,
		updatedAt: true
	});
}

// Ids of new entries are the server's to make; an edit may repeat the id it is sent to.
const createSchemas = new Map(
	directoryKinds.map((kind) => [kind, editable(kind).omit({ id: true }).strict()])
);
const editSchemas = new Map(
	directoryKinds.map((kind) => [
		kind,
		editable(kind)
			.extend({ id: EntryId.optional(), baseVersion: z.int().positive().optional() })
			.strict()
	])
);

/** Creates an entry with a new id; answers it as stored (version 1). */
export async function createEntry(
	db: Kysely<Database>,
	editor: DirectoryEditor,
	kind: DirectoryKind,
	body: unknown
): Promise<DirectoryEntry> {
	const input = parseOrFail(createSchemas.get(kind)!, body) as Omit<NewEntry, 'id'>;
	if (!canWriteEntry(editor.actor, input)) forbidden();
	return db.transaction().execute(async (trx) => {
		const [entry] = await putEntries(trx, kind, [{ ...input, id: uuidv7() } as NewEntry]);
		await record(trx, editor, 'directory.create', entry!.id, Object.keys(input));
		return entry!;
	});
}

/**
 * Replaces an entry with the body (a full entry: a field left out is removed). With
 * `baseVersion`, refuses with 409 when someone else saved the entry since that version.
 */
export async function editEntry(
	db: Kysely<Database>,
	editor: DirectoryEditor,
	kind: DirectoryKind,
	id: string,
	body: unknown
): Promise<DirectoryEntry> {
	const parsed = parseOrFail(editSchemas.get(kind)!, body) as NewEntry & { baseVersion?: number };
	const { baseVersion, ...input } = parsed;
	if (input.id !== undefined && input.id !== id) {
		error(400, {
			message: 'The request is not valid.',
			code: 'invalid_input',
			details: [{ path: 'id', message: 'The id does not match the address.' }]
		});
	}
	return db.transaction().execute(async (trx) => {
		const current = await lockLiveEntry(trx, kind, id);
		if (!canWriteEntry(editor.actor, current.entry) || !canWriteEntry(editor.actor, input)) {
			forbidden();
		}
		if (baseVersion !== undefined && baseVersion !== current.version) {
			error(409, {
				message: 'Someone else changed this entry meanwhile.',
				code: 'version_conflict',
				details: { version: current.version }
			});
		}
		const next = { ...input, id } as NewEntry;
		const fields = changedFields(current.entry, next);
		// Saving an unchanged form is no change: devices have nothing new to pull.
		if (fields.length === 0) return current.entry;
		const [entry] = await putEntries(trx, kind, [next]);
		await record(trx, editor, 'directory.update', id, fields);
		return entry!;
	});
}

/** Retires an entry: a tombstone that devices pull as a delete; its data is purged. */
export async function retireDirectoryEntry(
	db: Kysely<Database>,
	editor: DirectoryEditor,
	kind: DirectoryKind,
	id: string
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const current = await lockLiveEntry(trx, kind, id);
		if (!canWriteEntry(editor.actor, current.entry)) forbidden();
		await retireEntry(trx, id);
		await record(trx, editor, 'directory.retire', id, []);
	});
}

/**
 * Reads a live entry of `kind` for a change, or 404. The no-op update first takes the row
 * lock on PostgreSQL, so a concurrent save waits and the version check cannot race.
 */
async function lockLiveEntry(trx: Transaction<Database>, kind: DirectoryKind, id: string) {
	if (!EntryId.safeParse(id).success) notFound();
	await trx
		.updateTable('directory_entries')
		.set((eb) => ({ version: eb.ref('version') }))
		.where('id', '=', id)
		.execute();
	const row = await trx
		.selectFrom('directory_entries')
		.select(['kind', 'version', 'deleted', 'data'])
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row || row.deleted || !row.data || row.kind !== kind) return notFound();
	return { version: row.version, entry: JSON.parse(row.data) as DirectoryEntry };
}

/** Names of the fields whose values differ (server-set ones aside). */
function changedFields(before: object, after: object): string[] {
	const ignored = new Set(['id', 'version', 'updatedAt']);
	const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
	const value = (entry: object, key: string) =>
		JSON.stringify((entry as Record<string, unknown>)[key]);
	return [...keys].filter((key) => !ignored.has(key) && value(before, key) !== value(after, key));
}

function record(
	trx: Transaction<Database>,
	editor: DirectoryEditor,
	action: AuditAction,
	recordId: string,
	fields: string[]
) {
	return audit(trx, {
		actorId: editor.actor.userId,
		action,
		clientId: editor.clientId,
		recordTable: 'directory_entries',
		recordId,
		fields
	});
}
