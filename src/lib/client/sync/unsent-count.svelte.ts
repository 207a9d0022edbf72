import type { RecDb } from '../db/rec-db';
import { followQuery } from '../live-query.svelte';
import { unsentItemCount } from './unsent';

/** Recounts no closer together than this, and than RECOUNT_SHARE times the last recount took. */
const MIN_GAP_MS = 150;
const RECOUNT_SHARE = 4;

/**
 * How many records wait to be sent, as reactive state (the header's badge, the contact log).
 * The exact count reads every key of the outbox (unsent.ts): run after each stored batch of a
 * large push, it took a large share of the phone's time and held up the push's own writes
 * (issue 14: 10 000 queued contacts, 20 batches). So it follows the outbox's entry count, which
 * the database answers at once, and recounts at most once per gap (MIN_GAP_MS, or longer when a
 * recount was slow); an empty outbox is 0 at once, with no recount.
 */
export class UnsentCount {
	current = $state<number | undefined>(undefined);
	error = $state<unknown>(undefined);
	#entries: number | undefined;
	#changed = false;
	#running = false;
	#lastEnd = 0;
	#lastCost = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(
		private readonly db: RecDb,
		private readonly count: (db: RecDb) => Promise<number> = unsentItemCount
	) {
		followQuery(
			() => db.outbox.count(),
			undefined,
			(entries) => this.#entriesChanged(entries),
			(error) => (this.error = error)
		);
		$effect(() => () => clearTimeout(this.#timer));
	}

	#entriesChanged(entries: number) {
		this.#entries = entries;
		this.#changed = true;
		if (entries === 0) {
			clearTimeout(this.#timer);
			this.#timer = undefined;
			this.current = 0;
			return;
		}
		if (this.#running || this.#timer !== undefined) return;
		const gap = Math.max(MIN_GAP_MS, RECOUNT_SHARE * this.#lastCost);
		const wait = this.current === undefined ? 0 : this.#lastEnd + gap - performance.now();
		this.#timer = setTimeout(() => void this.#recount(), Math.max(0, wait));
	}

	async #recount() {
		this.#timer = undefined;
		this.#running = true;
		this.#changed = false;
		const started = performance.now();
		try {
			const counted = await this.count(this.db);
			// The outbox emptied while this counted: 0 stands.
			if (this.#entries !== 0) this.current = Math.min(counted, this.#entries ?? counted);
			this.error = undefined;
		} catch (error) {
			this.error = error;
		} finally {
			this.#running = false;
			this.#lastEnd = performance.now();
			this.#lastCost = this.#lastEnd - started;
		}
		// Changed while counting: count again, after the gap.
		if (this.#changed && this.#entries !== 0 && this.#entries !== undefined) {
			this.#entriesChanged(this.#entries);
		}
	}
}
