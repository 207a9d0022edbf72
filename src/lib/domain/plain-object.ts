/** A JSON object: not null, not a list (a hand-written check, so no schema library is loaded). */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
