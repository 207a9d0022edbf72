import { SnapshotQuery } from '$lib/domain/api/requests';
import { decodeCursor } from '$lib/domain/cursor';
import { requireActor } from '$lib/server/auth/guard';
import { compressedBody, directorySnapshot, REFERENCE_SCOPE } from '$lib/server/directory/snapshot';
import { parseOrFail } from '$lib/server/http';
import { database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/**
 * The first download of the directory to a device: one compressed NDJSON snapshot. With
 * `since` (the cursor where a cut-off download stopped), the rest of it; an unknown cursor
 * gets the whole snapshot again, without `resumed` in its header.
 */
export const GET: RequestHandler = async ({ locals, request, url }) => {
	requireActor(locals);
	const query = parseOrFail(SnapshotQuery, Object.fromEntries(url.searchParams));
	const since = query.since === undefined ? 0 : (decodeCursor(REFERENCE_SCOPE, query.since) ?? 0);
	const text = await directorySnapshot(database().db, since);
	const { body, encoding } = compressedBody(text, request.headers.get('accept-encoding'));
	return new Response(new Uint8Array(body), {
		headers: {
			'content-type': 'application/x-ndjson; charset=utf-8',
			'content-length': String(body.byteLength),
			'cache-control': 'no-store',
			...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {})
		}
	});
};
