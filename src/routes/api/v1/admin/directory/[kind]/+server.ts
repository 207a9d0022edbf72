import { json } from '@sveltejs/kit';
import type { EntryAnswer } from '$lib/domain/api/admin';
import { requireRole } from '$lib/server/auth/guard';
import { createEntry, directoryKind } from '$lib/server/directory/admin';
import { readJson } from '$lib/server/http';
import { database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** Creates a directory entry; devices get it with their next pull. */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const actor = requireRole(locals, ['admin', 'coordinator']);
	const kind = directoryKind(params.kind);
	const editor = { actor, clientId: locals.clientId };
	const entry = await createEntry(database().db, editor, kind, await readJson(request));
	return json({ entry } satisfies EntryAnswer, { status: 201 });
};
