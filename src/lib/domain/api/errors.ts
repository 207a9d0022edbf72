import * as z from 'zod/mini';

/**
 * The body of every /api/v1 error (SvelteKit's `error()` makes the same shape): a stable
 * `code` for the app to translate, a readable `message`, and `details` for invalid input.
 */
export const ErrorBody = z.object({
	message: z.string(),
	code: z.string(),
	details: z.optional(z.unknown())
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** `{ ok: true }`: the answer of calls whose effect is all there is to say. */
export const Ok = z.object({ ok: z.literal(true) });
export type Ok = z.infer<typeof Ok>;
