import { json } from '@sveltejs/kit';
import { PullQuery } from '$lib/domain/api/requests';
import type { RecordsPage, ReferencePage } from '$lib/domain/api/sync';
import { decodeCursor, encodeCursor } from '$lib/domain/cursor';
import { requireActor } from '$lib/server/auth/guard';
import { currentSeq } from '$lib/server/db/counters';
import { changesSince } from '$lib/server/directory/repository';
import { REFERENCE_SCOPE } from '$lib/server/directory/snapshot';
import { compressedJson } from '$lib/server/compressed-json';
import { parseOrFail } from '$lib/server/http';
import { currentEpoch, rotateEpoch } from '$lib/server/sync/epoch';
import { pullRecordsPage } from '$lib/server/sync/pull-records';
import { headerSchemaVersion, requireSchemaFit } from '$lib/server/sync/schema-fit';
import { database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

const RECORDS_SCOPE = 'rec';

/**
 * Changes after the device's cursor, a page at a time (DESIGN.md): the directory
 * (`reference`) or the records the caller may see (`records`).
 */
export const GET: RequestHandler = async ({ locals, request, url }) => {
	const actor = requireActor(locals);
	requireSchemaFit(headerSchemaVersion(request));
	const query = parseOrFail(PullQuery, Object.fromEntries(url.searchParams));
	const tag = query.scope === 'reference' ? REFERENCE_SCOPE : RECORDS_SCOPE;
	const { db } = database();
	const since = query.since === undefined ? 0 : decodeCursor(tag, query.since);
	let epoch = await currentEpoch(db);
	// An unknown cursor — one that does not decode, or one past every change the server has
	// numbered (made up, or from before a restore of an older backup): the device must start
	// again from the beginning, or it would wait for changes it will never be sent.
	if (since === null || since > (await currentSeq(db))) {
		// Past the counter in this very epoch: the database went back without a new epoch (a
		// restore by hand). A new one makes every device re-send what was lost (README, sync).
		if (since !== null && query.epoch === epoch.id) epoch = await rotateEpoch(db, epoch);
		return json({
			changes: [],
			cursor: encodeCursor(tag, 0),
			hasMore: false,
			reset: true,
			epoch: epoch.id
		} satisfies RecordsPage & ReferencePage);
	}
	if (query.scope === 'reference') {
		const { changes, lastSeq } = await changesSince(db, since, query.limit);
		return compressedJson(
			{
				changes,
				cursor: encodeCursor(tag, lastSeq),
				hasMore: changes.length === query.limit,
				epoch: epoch.id
			} satisfies ReferencePage,
			request
		);
	}
	// A records page may send fewer rows than it looked at (those the person may not read):
	// whether more follow is the page's to say, not the length of what it sends.
	const page = await pullRecordsPage(db, actor, locals.clientId ?? null, since, query.limit);
	// Compressed as the browser accepts: a full page is ~0.6 MB of JSON.
	return compressedJson(
		{
			changes: page.changes,
			cursor: encodeCursor(tag, page.lastSeq),
			hasMore: page.hasMore,
			remaining: page.remaining,
			epoch: epoch.id
		} satisfies RecordsPage,
		request
	);
};
