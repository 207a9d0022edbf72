import { requireActor } from '$lib/server/auth/guard';
import { compressedBody, directorySnapshot } from '$lib/server/directory/snapshot';
import { database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** The first download of the directory to a device: one compressed NDJSON snapshot. */
export const GET: RequestHandler = async ({ locals, request }) => {
	requireActor(locals);
	const text = await directorySnapshot(database().db);
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
