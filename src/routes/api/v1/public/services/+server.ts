import { createHash } from 'node:crypto';
import { compressedBody } from '$lib/server/directory/snapshot';
import { publicDirectory } from '$lib/server/public-services';
import { database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/**
 * The public services for the family pages' finder, for anyone and the same for everyone
 * (a session changes nothing), so browsers may keep it and use it offline.
 */
export const GET: RequestHandler = async ({ request }) => {
	const text = JSON.stringify(await publicDirectory(database().db));
	const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
	const common = { etag, 'cache-control': 'public, max-age=300', vary: 'accept-encoding' };
	if (request.headers.get('if-none-match') === etag) {
		return new Response(null, { status: 304, headers: common });
	}
	const { body, encoding } = compressedBody(text, request.headers.get('accept-encoding'));
	return new Response(new Uint8Array(body), {
		headers: {
			...common,
			'content-type': 'application/json; charset=utf-8',
			'content-length': String(body.byteLength),
			...(encoding ? { 'content-encoding': encoding } : {})
		}
	});
};
