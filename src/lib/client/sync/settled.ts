/** A request whose failure waits to be looked at (no unhandled rejection meanwhile). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export const settled = <T>(promise: Promise<T>): Promise<Outcome<T>> =>
	promise.then(
		(value) => ({ ok: true as const, value }),
		(error: unknown) => ({ ok: false as const, error })
	);

export function unwrap<T>(outcome: Outcome<T>): T {
	if (outcome.ok) return outcome.value;
	throw outcome.error;
}
