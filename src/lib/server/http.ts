import { error, json, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';

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

/** Reads a JSON body, or stops with 400 when it is not JSON at all (413 when it is too large). */
export async function readJson(request: Request): Promise<unknown> {
	try {
		return await request.json();
	} catch (cause) {
		// adapter-node fails the body stream with a 413 error past BODY_SIZE_LIMIT.
		if ((cause as { status?: unknown } | null)?.status === 413) {
			error(413, { message: 'The body is too large.', code: 'payload_too_large' });
		}
		error(400, { message: 'The body is not valid JSON.', code: 'invalid_json' });
	}
}

/** Whether any string in a parsed (so schema-shaped, shallow) value holds U+0000. */
function holdsNul(value: unknown): boolean {
	if (typeof value === 'string') return value.includes('\0');
	if (Array.isArray(value)) return value.some(holdsNul);
	if (value && typeof value === 'object') return Object.values(value).some(holdsNul);
	return false;
}

/** Parses `data` with `schema`, or stops with 400 naming the first problems. */
export function parseOrFail<T extends z.ZodType>(schema: T, data: unknown): z.infer<T> {
	const result = schema.safeParse(data);
	if (result.success) {
		if (!holdsNul(result.data)) return result.data;
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

/** Reads and validates a JSON body in one step. */
export async function parseBody<T extends z.ZodType>(
	event: Pick<RequestEvent, 'request'>,
	schema: T
): Promise<z.infer<T>> {
	return parseOrFail(schema, await readJson(event.request));
}
