import { json } from '@sveltejs/kit';
import type { EntryAnswer } from '$lib/domain/api/admin';
import type { Ok } from '$lib/domain/api/errors';
import { requireRole } from '$lib/server/auth/guard';
import { directoryKind, editEntry, retireDirectoryEntry } from '$lib/server/directory/admin';
import { readJson } from '$lib/server/http';
import { database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** Replaces an entry (optional `baseVersion`: 409 when someone saved it meanwhile). */
export const PUT: RequestHandler = async ({ locals, params, request }) => {
	const actor = requireRole(locals, ['admin', 'coordinator']);
	const kind = directoryKind(params.kind);
	const editor = { actor, clientId: locals.clientId };
	const entry = await editEntry(database().db, editor, kind, params.id, await readJson(request));
	return json({ entry } satisfies EntryAnswer);
};

/** Retires an entry: devices pull a tombstone and delete their copy. */
export const DELETE: RequestHandler = async ({ locals, params }) => {
	const actor = requireRole(locals, ['admin', 'coordinator']);
	const kind = directoryKind(params.kind);
	await retireDirectoryEntry(database().db, { actor, clientId: locals.clientId }, kind, params.id);
	return json({ ok: true } satisfies Ok);
};
