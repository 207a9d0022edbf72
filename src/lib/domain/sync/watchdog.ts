/** How long unsent changes may sit still, while the server answers, before the user is told. */
export const STALL_AFTER_MS = 10 * 60_000;

/**
 * Watches whether the outbox moves. Told after every round that reached the server (accepted
 * or refused), it answers whether changes have waited longer than `stallAfterMs` without any
 * leaving: a server that answers but takes nothing is a fault a person must hear about.
 * Rounds that never reached the server say nothing about it, so they are not reported here.
 */
export class OutboxWatchdog {
	#lastProgress: number;

	constructor(
		now: number,
		private readonly stallAfterMs = STALL_AFTER_MS
	) {
		this.#lastProgress = now;
	}

	/** `pending`: rows still in the outbox; `sent`: rows the round removed. Answers "stalled". */
	afterRound(now: number, pending: number, sent: number): boolean {
		if (sent > 0 || pending === 0) this.#lastProgress = now;
		return pending > 0 && now - this.#lastProgress > this.stallAfterMs;
	}
}
