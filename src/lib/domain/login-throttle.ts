/**
 * Progressive delay for failed sign-ins, per account and per address. Nobody is locked out
 * for good: after a few free tries each further failure doubles the wait, up to a ceiling.
 */
export interface ThrottleState {
	failures: number;
	/** ISO time before which another attempt is refused. */
	blockedUntil: string | null;
}

export const FREE_ATTEMPTS = 3;
export const BASE_DELAY_MS = 2_000;
export const MAX_DELAY_MS = 15 * 60_000;

export function delayAfter(failures: number): number {
	if (failures < FREE_ATTEMPTS) return 0;
	return Math.min(BASE_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
}

export function afterFailure(state: ThrottleState | undefined, now: Date): ThrottleState {
	const failures = (state?.failures ?? 0) + 1;
	const delay = delayAfter(failures);
	return {
		failures,
		blockedUntil: delay > 0 ? new Date(now.getTime() + delay).toISOString() : null
	};
}

/** Milliseconds the caller must still wait, 0 when an attempt may go ahead. */
export function waitRemaining(state: ThrottleState | undefined, now: Date): number {
	if (!state?.blockedUntil) return 0;
	return Math.max(0, new Date(state.blockedUntil).getTime() - now.getTime());
}
