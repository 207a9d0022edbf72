import { json } from '@sveltejs/kit';
import type { CreatedUser, UsersAnswer } from '$lib/domain/api/admin';
import { CreateUser } from '$lib/domain/schemas/account';
import { createUser, emailTaken, isExpertEntry, listUsers } from '$lib/server/auth/admin-users';
import { requireRole } from '$lib/server/auth/guard';
import { errorResponse, parseBody } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, request }) => {
	requireRole(locals, ['admin']);
	return json({ users: await listUsers(request.headers) } satisfies UsersAnswer);
};

export const POST: RequestHandler = async (event) => {
	const actor = requireRole(event.locals, ['admin']);
	const body = await parseBody(event, CreateUser);
	if (await emailTaken(body.email))
		return errorResponse(409, 'email_taken', 'A user with this e-mail already exists.');
	if (body.expertId && !(await isExpertEntry(body.expertId)))
		return errorResponse(400, 'no_such_expert', 'No such expert in the directory.');
	return json((await createUser(body, actor.userId)) satisfies CreatedUser, { status: 201 });
};
