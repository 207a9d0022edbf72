import { json } from '@sveltejs/kit';
import { RegisterDevice } from '$lib/domain/schemas/account';
import { audit } from '$lib/server/audit';
import { registerDevice } from '$lib/server/auth/devices';
import { requireActor } from '$lib/server/auth/guard';
import { parseBody } from '$lib/server/http';
import { database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** The app registers its device after sign-in, so an admin can see and revoke it. */
export const POST: RequestHandler = async (event) => {
	const actor = requireActor(event.locals);
	const body = await parseBody(event, RegisterDevice);
	const { db } = database();
	await registerDevice(db, body.clientId, actor.userId, body.label ?? null, event.locals.sessionId);
	await audit(db, { actorId: actor.userId, action: 'device.register', clientId: body.clientId });
	return json({ ok: true });
};
