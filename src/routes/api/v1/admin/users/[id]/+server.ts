import { error, json } from '@sveltejs/kit';
import type { Ok } from '$lib/domain/api/errors';
import { UpdateUser } from '$lib/domain/schemas/account';
import { isExpertEntry, updateUser, userExists } from '$lib/server/auth/admin-users';
import { requireRole } from '$lib/server/auth/guard';
import { errorResponse, parseBody } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const PATCH: RequestHandler = async (event) => {
	const actor = requireRole(event.locals, ['admin']);
	const patch = await parseBody(event, UpdateUser);
	const id = event.params.id;
	if (!(await userExists(id))) error(404, { message: 'No such user.', code: 'not_found' });
	if (id === actor.userId && (patch.disabled === true || (patch.role && patch.role !== 'admin'))) {
		error(400, { message: 'You cannot disable or demote yourself.', code: 'self_lockout' });
	}
	if (patch.expertId && !(await isExpertEntry(patch.expertId)))
		return errorResponse(400, 'no_such_expert', 'No such expert in the directory.');
	await updateUser(id, patch, actor.userId, event.request.headers);
	return json({ ok: true } satisfies Ok);
};
