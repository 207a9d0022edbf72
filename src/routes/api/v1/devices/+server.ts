import { json } from '@sveltejs/kit';
import type { Ok } from '$lib/domain/api/errors';
import { RegisterDevice } from '$lib/domain/schemas/account';
import { audit } from '$lib/server/audit';
import { registerDevice } from '$lib/server/auth/devices';
import { requireActor } from '$lib/server/auth/guard';
import { errorResponse, parseBody } from '$lib/server/http';
import { database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/**
 * The app registers its device after sign-in, so an admin can see and revoke it. Another
 * person's device id is refused: it would relabel their device and tie it to this session.
 */
export const POST: RequestHandler = async (event) => {
	const actor = requireActor(event.locals);
	const body = await parseBody(event, RegisterDevice);
	const { db } = database();
	const registered = await registerDevice(
		db,
		body.clientId,
		actor.userId,
		body.label ?? null,
		event.locals.sessionId
	);
	await audit(db, {
		actorId: actor.userId,
		action: 'device.register',
		clientId: body.clientId,
		outcome: registered ? 'ok' : 'denied'
	});
	if (!registered) {
		return errorResponse(409, 'device_taken', 'This device id belongs to another person.');
	}
	return json({ ok: true } satisfies Ok);
};
