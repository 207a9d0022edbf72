import { json } from '@sveltejs/kit';
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
	const api = auth().api;
	try {
		const result = await api.changePassword({
			body: { ...body, revokeOtherSessions: true },
			headers: event.request.headers,
			returnHeaders: true
		});
		await api.updateUser({
			body: { mustChangePassword: false },
			headers: event.request.headers
		});
		await audit(database().db, { actorId: actor.userId, action: 'user.password-change' });
		const headers = new Headers();
		for (const cookie of result.headers.getSetCookie()) headers.append('set-cookie', cookie);
		return json({ ok: true }, { headers });
	} catch (error) {
		if (isAPIError(error) && (error.status === 'BAD_REQUEST' || error.status === 'UNAUTHORIZED')) {
			return errorResponse(400, 'wrong_password', 'The current password is wrong.');
		}
		throw error;
	}
};
