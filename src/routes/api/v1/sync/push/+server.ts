import { error } from '@sveltejs/kit';
import type { PushResponse } from '$lib/domain/api/sync';
import { PushRequest } from '$lib/domain/sync/protocol';
import { requireActor } from '$lib/server/auth/guard';
import { compressedJson } from '$lib/server/compressed-json';
import { parseBody } from '$lib/server/http';
import { database } from '$lib/server/runtime';
import { applyPush } from '$lib/server/sync/push';
import { headerSchemaVersion, requireSchemaFit } from '$lib/server/sync/schema-fit';
import type { RequestHandler } from './$types';

/** A device's queued changes, applied in order in one transaction (DESIGN.md, sync). */
export const POST: RequestHandler = async (event) => {
	const actor = requireActor(event.locals);
	// The header first: a newer app's body may not even parse under this server's schemas.
	requireSchemaFit(headerSchemaVersion(event.request));
	// Each mutation's text is checked with the mutation (applyPush): one holding U+0000 is
	// quarantined like any refused change, and the valid ones after it still apply.
	const push = await parseBody(event, PushRequest, {
		checksOwnText: (body) => body.mutations
	});
	requireSchemaFit(push.schemaVersion);
	const { db } = database();
	// Only a device registered to this person may push, and only under its own id.
	const device = await db
		.selectFrom('devices')
		.select(['user_id', 'revoked_at'])
		.where('client_id', '=', push.clientId)
		.executeTakeFirst();
	if (!device || device.user_id !== actor.userId || device.revoked_at) {
		error(403, { message: 'This device is not registered to you.', code: 'unknown_device' });
	}
	// Compressed as the browser accepts: the answer to 500 mutations is a few tens of kB.
	return compressedJson((await applyPush(db, actor, push)) satisfies PushResponse, event.request);
};
