import * as z from 'zod/mini';
import { ErrorBody } from '$lib/domain/api/errors';
import { SCHEMA_VERSION, SCHEMA_VERSION_HEADER } from '$lib/domain/api/schema-version';

/** The code of an ApiError for an answer that does not fit its schema. */
export const MALFORMED_ANSWER = 'malformed_answer';

/** A failed API call: the HTTP status, the server's error code and its readable message. */
export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly body?: unknown
	) {
		super(message);
	}

	/** The server no longer knows this session: sign in again, keep everything local. */
	get sessionExpired() {
		return this.status === 401;
	}

	/** Seconds the server asked us to wait (Retry-After), if it said. */
	retryAfterSeconds?: number;

	/** The server no longer serves this version of the app: reload to get the new one. */
	get clientOutdated() {
		return this.status === 426 && this.code === 'client_outdated';
	}

	/** The app is newer than the server: it keeps its changes until the server catches up. */
	get serverOutdated() {
		return this.status === 409 && this.code === 'server_outdated';
	}

	/** The server revoked this device and ordered it to remove its local data. */
	get wipeOrdered() {
		return this.status === 403 && this.code === 'device_revoked';
	}
}

/** No answer from the server at all: we are offline, or it is down. */
export class Unreachable extends Error {}

let clientIdHeader: string | undefined;

export function useClientId(clientId: string | undefined) {
	clientIdHeader = clientId;
}

/** What apiRequest sends: the method, and a body to send as JSON or a file's text as it is. */
export interface ApiRequestInit {
	method?: string;
	body?: unknown;
	file?: { text: string; type: string };
	/** Send a large JSON body gzipped (the sync push: a few MB of contacts shrink ~10×). */
	compress?: boolean;
	/** The body already serialised (and compressed) by encodeBody, instead of `body`/`file`. */
	encoded?: Promise<EncodedBody | undefined>;
}

/** A request body as it goes on the wire. */
export interface EncodedBody {
	type: string;
	data: string | ArrayBuffer;
	gzipped: boolean;
}

/** Below this a body goes as it is: gzip's header and the CPU would cost more than they save. */
const COMPRESS_FROM_BYTES = 16 * 1024;

/**
 * Calls our own API and reads the answer with its schema (src/lib/domain/api): an answer
 * that does not fit is an ApiError `malformed_answer` naming what was wrong, so the screen
 * shows a failure instead of breaking further on. The schemas are zod/mini, which keeps the
 * parser out of the way of the staff app's first load.
 */
export async function apiRequest<S extends z.ZodMiniType>(
	path: string,
	schema: S,
	init: ApiRequestInit = {}
): Promise<z.output<S>> {
	const method = init.method ?? 'GET';
	const body = await (init.encoded ?? encodeBody(init));
	let response: Response;
	try {
		response = await fetch(path, {
			method,
			credentials: 'same-origin',
			headers: {
				accept: 'application/json',
				[SCHEMA_VERSION_HEADER]: String(SCHEMA_VERSION),
				...(body ? { 'content-type': body.type } : {}),
				...(body?.gzipped ? { 'content-encoding': 'gzip' } : {}),
				...(clientIdHeader ? { 'x-lahelle-client': clientIdHeader } : {})
			},
			body: body?.data
		});
	} catch (error) {
		throw new Unreachable(error instanceof Error ? error.message : String(error));
	}
	const answered: unknown = await response.json().catch(() => undefined);
	if (!response.ok) {
		const error = ErrorBody.safeParse(answered);
		const failure = new ApiError(
			response.status,
			error.success ? error.data.code : `http_${response.status}`,
			error.success ? error.data.message : response.statusText,
			answered
		);
		const retryAfter = Number(response.headers.get('retry-after'));
		if (retryAfter > 0) failure.retryAfterSeconds = retryAfter;
		throw failure;
	}
	const answer = z.safeParse(schema, answered);
	if (answer.success) return answer.data;
	const problems = answer.error.issues
		.slice(0, 3)
		.map((issue) => `${issue.path.join('.') || '(the answer)'}: ${issue.message}`);
	throw new ApiError(
		response.status,
		MALFORMED_ANSWER,
		`The answer to ${method} ${path.split('?')[0]} is not what this app expects (${problems.join('; ')}).`,
		answered
	);
}

/**
 * A request's body as it will go on the wire: a file's text as it is, or the body as JSON,
 * gzipped when asked and large enough. Can be done ahead of the request (`encoded`): the sync
 * push prepares the next batch's body while one is on the network.
 */
export async function encodeBody(
	init: Pick<ApiRequestInit, 'body' | 'file' | 'compress'>
): Promise<EncodedBody | undefined> {
	if (init.file) return { type: init.file.type, data: init.file.text, gzipped: false };
	if (init.body === undefined) return undefined;
	const text = JSON.stringify(init.body);
	const gzipped = !!init.compress && text.length >= COMPRESS_FROM_BYTES && canCompress();
	return { type: 'application/json', data: gzipped ? await gzip(text) : text, gzipped };
}

function canCompress(): boolean {
	return typeof CompressionStream === 'function';
}

async function gzip(text: string): Promise<ArrayBuffer> {
	// A Response's own stream, not a Blob's: Chromium hands a Blob's bytes to its browser
	// process first, which took twice the time on the page's thread (a 200 kB push batch).
	const stream = new Response(text).body!.pipeThrough(new CompressionStream('gzip'));
	return new Response(stream).arrayBuffer();
}
