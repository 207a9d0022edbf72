import { error, json } from '@sveltejs/kit';
import type { Ok } from '$lib/domain/api/errors';
import { audit } from '$lib/server/audit';
import { revokeDevice } from '$lib/server/auth/devices';
import { requireRole } from '$lib/server/auth/guard';
import { database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** From now on the server refuses the device and tells it to wipe its local data. */
export const POST: RequestHandler = async ({ locals, params }) => {
	const actor = requireRole(locals, ['admin']);
	const { db } = database();
	if (!(await revokeDevice(db, params.clientId, actor.userId))) {
		error(404, { message: 'No such active device.', code: 'not_found' });
	}
	await audit(db, { actorId: actor.userId, action: 'device.revoke', clientId: params.clientId });
	return json({ ok: true } satisfies Ok);
};
