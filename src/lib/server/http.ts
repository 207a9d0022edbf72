import { json } from '@sveltejs/kit';
import type { z } from 'zod';

/** A JSON error body every API client can show: a stable code and a readable message. */
export function errorResponse(status: number, code: string, message: string, details?: unknown) {
	return json({ error: { code, message, details } }, { status });
}

/** Parses `data` with `schema`, or answers the 400 that describes the first problems. */
export function parseOr400<T extends z.ZodType>(
	schema: T,
	data: unknown
): { ok: true; value: z.infer<T> } | { ok: false; response: Response } {
	const result = schema.safeParse(data);
	if (result.success) return { ok: true, value: result.data };
	const issues = result.error.issues.slice(0, 10).map((issue) => ({
		path: issue.path.join('.'),
		message: issue.message
	}));
	return {
		ok: false,
		response: errorResponse(400, 'invalid_input', 'The request is not valid.', issues)
	};
}
