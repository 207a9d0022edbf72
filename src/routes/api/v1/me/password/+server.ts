import { json } from '@sveltejs/kit';
import type { Ok } from '$lib/domain/api/errors';
import { isAPIError } from 'better-auth/api';
import { ChangePassword } from '$lib/domain/schemas/account';
import { audit } from '$lib/server/audit';
import { requireActor } from '$lib/server/auth/guard';
import { errorResponse, parseBody } from '$lib/server/http';
import { auth, database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
	const actor = requireActor(event.locals);
	const body = await parseBody(event, ChangePassword);
	let changed;
	try {
		changed = await auth().api.changePassword({
			body: { ...body, revokeOtherSessions: true },
			headers: event.request.headers,
			returnHeaders: true
		});
	} catch (error) {
		if (isAPIError(error) && (error.status === 'BAD_REQUEST' || error.status === 'UNAUTHORIZED')) {
			return errorResponse(400, 'wrong_password', 'The current password is wrong.');
		}
		throw error;
	}
	// The request's own session ended with the others (a new cookie replaces it), so the flag
	// is cleared directly rather than through an API call that would need that session.
	const context = await auth().$context;
	await context.internalAdapter.updateUser(actor.userId, { mustChangePassword: false });
	await audit(database().db, { actorId: actor.userId, action: 'user.password-change' });
	const headers = new Headers();
	for (const cookie of changed.headers.getSetCookie()) headers.append('set-cookie', cookie);
	return json({ ok: true } satisfies Ok, { headers });
};
