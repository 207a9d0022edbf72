import { json } from '@sveltejs/kit';
import type { ConflictsAnswer } from '$lib/domain/api/sync';
import { requireRole } from '$lib/server/auth/guard';
import { database } from '$lib/server/runtime';
import { openConflicts } from '$lib/server/sync/conflicts';
import type { RequestHandler } from './$types';

/**
 * Open sync conflicts for a person to settle: coordinators their county's, admins all.
 * Settling is a push whose mutation carries `resolves` (push.ts).
 */
export const GET: RequestHandler = async ({ locals }) => {
	const actor = requireRole(locals, ['coordinator', 'admin']);
	return json({ conflicts: await openConflicts(database().db, actor) } satisfies ConflictsAnswer);
};
