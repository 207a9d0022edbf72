import { error, json, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { holdsNul, MAX_JSON_DEPTH, nestsDeeperThan } from './json-checks';

/**
 * Every API error has one body shape, the same SvelteKit's `error()` produces:
 * `{ message, code, details? }` — a stable code for the client to translate, and a message.
 */
export function errorResponse(
	status: number,
	code: string,
	message: string,
	details?: unknown,
	headers?: HeadersInit
) {
	return json({ message, code, details }, { status, headers });
}

/**
 * The most a JSON body may hold once inflated: the 1 MB a sync push may carry (DESIGN.md).
 * adapter-node bounds the bytes on the wire (BODY_SIZE_LIMIT); this bounds what a gzip body
 * inflates to, so a small compressed body cannot grow into a large one here.
 */
export const MAX_INFLATED_BODY_BYTES = 1024 * 1024;

/**
 * Reads a JSON body, or stops with 400 when it is not JSON at all or nests too deep (413 when
 * it is too large). A body sent with `Content-Encoding: gzip` (the app's sync push) is inflated
 * first; any other encoding is refused with 415.
 */
export async function readJson(request: Request): Promise<unknown> {
	let text: string;
	try {
		text = await readText(request);
	} catch (cause) {
		// adapter-node fails the body stream with a 413 error past BODY_SIZE_LIMIT.
		if ((cause as { status?: unknown } | null)?.status === 413) {
			error(413, { message: 'The body is too large.', code: 'payload_too_large' });
		}
		if (cause instanceof BodyProblem)
			error(cause.status, { message: cause.message, code: cause.code });
		error(400, { message: 'The body is not valid gzip.', code: 'invalid_encoding' });
	}
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		error(400, { message: 'The body is not valid JSON.', code: 'invalid_json' });
	}
	if (nestsDeeperThan(body, MAX_JSON_DEPTH)) {
		error(400, {
			message: `The body nests deeper than ${MAX_JSON_DEPTH} levels.`,
			code: 'too_deep'
		});
	}
	return body;
}

class BodyProblem extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string
	) {
		super(message);
	}
}

async function readText(request: Request): Promise<string> {
	const encoding = (request.headers.get('content-encoding') ?? 'identity').trim().toLowerCase();
	if (encoding === 'identity') return request.text();
	if (encoding !== 'gzip') {
		throw new BodyProblem(415, 'unsupported_encoding', 'Only gzip bodies are accepted.');
	}
	if (!request.body) return '';
	const reader = request.body.pipeThrough(new DecompressionStream('gzip')).getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > MAX_INFLATED_BODY_BYTES) {
			await reader.cancel();
			throw new BodyProblem(413, 'payload_too_large', 'The body is too large.');
		}
		chunks.push(value);
	}
	return Buffer.concat(chunks).toString('utf8');
}

/** Parses `data` with `schema`, or stops with 400 naming the first problems. */
export function parseOrFail<T extends z.ZodType>(
	schema: T,
	data: unknown,
	options: ParseOptions<z.infer<T>> = {}
): z.infer<T> {
	const result = schema.safeParse(data);
	if (result.success) {
		const skip = new Set(options.checksOwnText?.(result.data) ?? []);
		if (!holdsNul(result.data, skip)) return result.data;
		// PostgreSQL cannot store U+0000 in text, and no field has a use for it.
		error(400, {
			message: 'The request is not valid.',
			code: 'invalid_input',
			details: [{ path: '', message: 'Text may not contain the character U+0000.' }]
		});
	}
	const details = result.error.issues.slice(0, 10).map((issue) => ({
		path: issue.path.join('.'),
		message: issue.message
	}));
	error(400, { message: 'The request is not valid.', code: 'invalid_input', details });
}

export interface ParseOptions<T> {
	/**
	 * Parts of the parsed value whose U+0000 the caller checks itself (objects, left out of the
	 * check here): a push checks each mutation, so that one bad change is quarantined and the
	 * device's queue moves on rather than the whole push being refused again and again.
	 */
	checksOwnText?: (data: T) => unknown[];
}

/** Reads and validates a JSON body in one step. */
export async function parseBody<T extends z.ZodType>(
	event: Pick<RequestEvent, 'request'>,
	schema: T,
	options: ParseOptions<z.infer<T>> = {}
): Promise<z.infer<T>> {
	return parseOrFail(schema, await readJson(event.request), options);
}
