import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { decodeCursor, encodeCursor } from '$lib/domain/cursor';
import { requireActor } from '$lib/server/auth/guard';
import { currentSeq } from '$lib/server/db/counters';
import { changesSince } from '$lib/server/directory/repository';
import { REFERENCE_SCOPE } from '$lib/server/directory/snapshot';
import { parseOrFail } from '$lib/server/http';
import { lastMutationId, pullRecordsPage } from '$lib/server/sync/pull-records';
import { database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

const Query = z.strictObject({
	scope: z.enum(['reference', 'records']),
	since: z.string().max(40).optional(),
	limit: z.coerce.number().int().min(1).max(1000).default(1000)
});

const RECORDS_SCOPE = 'rec';

const withHasMore = <T extends { changes: unknown[] }>(page: T, limit: number) => ({
	...page,
	hasMore: page.changes.length === limit
});

/**
 * Changes after the device's cursor, a page at a time (DESIGN.md): the directory
 * (`reference`) or the records the caller may see (`records`).
 */
export const GET: RequestHandler = async ({ locals, url }) => {
	const actor = requireActor(locals);
	const query = parseOrFail(Query, Object.fromEntries(url.searchParams));
	const tag = query.scope === 'reference' ? REFERENCE_SCOPE : RECORDS_SCOPE;
	const { db } = database();
	const since = query.since === undefined ? 0 : decodeCursor(tag, query.since);
	// An unknown cursor — one that does not decode, or one past every change the server has
	// numbered (made up, or from before a restore of an older backup): the device must start
	// again from the beginning, or it would wait for changes it will never be sent.
	if (since === null || since > (await currentSeq(db))) {
		return json({ changes: [], cursor: encodeCursor(tag, 0), hasMore: false, reset: true });
	}
	// A records page may send fewer rows than it looked at (those the person may not read):
	// whether more follow is the page's to say, not the length of what it sends.
	const { changes, lastSeq, hasMore } =
		query.scope === 'reference'
			? withHasMore(await changesSince(db, since, query.limit), query.limit)
			: await pullRecordsPage(db, actor, locals.clientId ?? null, since, query.limit);
	// With the device's id (the app's x-lahelle-client header), what the server has taken from it.
	const taken =
		query.scope === 'records' && locals.clientId
			? { lastMutationId: await lastMutationId(db, actor, locals.clientId) }
			: {};
	return json({
		changes,
		cursor: encodeCursor(tag, lastSeq),
		hasMore,
		...taken
	});
};
