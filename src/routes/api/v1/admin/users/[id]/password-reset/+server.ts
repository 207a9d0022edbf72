import { error, json } from '@sveltejs/kit';
import type { TemporaryPassword } from '$lib/domain/api/admin';
import { resetPassword, userExists } from '$lib/server/auth/admin-users';
import { requireRole } from '$lib/server/auth/guard';
import type { RequestHandler } from './$types';

/** A temporary password the person must change at sign-in; their sessions end now. */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const actor = requireRole(locals, ['admin']);
	if (!(await userExists(params.id))) error(404, { message: 'No such user.', code: 'not_found' });
	const temporaryPassword = await resetPassword(params.id, actor.userId, request.headers);
	return json({ temporaryPassword } satisfies TemporaryPassword);
};
