import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { decodeCursor, encodeCursor } from '$lib/domain/cursor';
import { requireActor } from '$lib/server/auth/guard';
import { changesSince } from '$lib/server/directory/repository';
import { REFERENCE_SCOPE } from '$lib/server/directory/snapshot';
import { parseOrFail } from '$lib/server/http';
import { database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

const Query = z.strictObject({
	// Records join with the field-work sync; the directory is the reference scope.
	scope: z.enum(['reference']),
	since: z.string().max(40).optional(),
	limit: z.coerce.number().int().min(1).max(1000).default(1000)
});

/** Changes to the directory after the device's cursor, a page at a time (DESIGN.md). */
export const GET: RequestHandler = async ({ locals, url }) => {
	requireActor(locals);
	const query = parseOrFail(Query, Object.fromEntries(url.searchParams));
	const since = query.since === undefined ? 0 : decodeCursor(REFERENCE_SCOPE, query.since);
	if (since === null) {
		// An unknown cursor: the device must start again from a snapshot.
		return json({
			changes: [],
			cursor: encodeCursor(REFERENCE_SCOPE, 0),
			hasMore: false,
			reset: true
		});
	}
	const { changes, lastSeq } = await changesSince(database().db, since, query.limit);
	return json({
		changes,
		cursor: encodeCursor(REFERENCE_SCOPE, lastSeq),
		hasMore: changes.length === query.limit
	});
};
