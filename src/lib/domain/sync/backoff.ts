/** Retry delay after `failures` failed rounds: doubling from 2 s, full jitter, capped at 5 min. */
export function backoffDelay(
	failures: number,
	random = Math.random,
	retryAfterMs?: number
): number {
	const ceiling = Math.min(300_000, 2_000 * 2 ** Math.max(0, failures - 1));
	const jittered = Math.round(ceiling / 2 + (random() * ceiling) / 2);
	return Math.max(jittered, retryAfterMs ?? 0);
}
