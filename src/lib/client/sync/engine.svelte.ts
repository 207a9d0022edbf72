import { backoffDelay } from '$lib/domain/sync/backoff';
import { OutboxWatchdog } from '$lib/domain/sync/watchdog';
import { ApiError, Unreachable } from '../api/http';
import type { DeviceLock } from '../crypto/device-lock.svelte';
import type { RecDb } from '../db/rec-db';
import type { Session } from '../session.svelte';
import type { PullProgress } from './pull';
import { RoundRunner } from './round-runner';

export type SyncStatus =
	| 'idle'
	| 'syncing'
	| 'offline'
	| 'needs-sign-in'
	| 'locked'
	| 'error'
	/** The server no longer serves this app's SCHEMA_VERSION: the app asks for a reload. */
	| 'client-outdated'
	/** The app is newer than the server: its changes wait in the outbox. */
	| 'server-outdated';

const EVERY_MS = 60_000;
const AFTER_WRITE_MS = 2_000;
const LOCK_NAME = 'lahelle-sync';
/**
 * The meta row with when the last round succeeded (epoch ms): kept on the device so a reload
 * shows the real time, not "never"; it goes with the records database at sign-out.
 */
export const LAST_SYNCED_KEY = 'lastSyncedAt';

/**
 * The client loop of DESIGN.md: one sync at a time across tabs (Web Locks); push the outbox,
 * then pull; triggered at start, when the network or the page comes back, 2 s after a local
 * write and every minute while visible; backoff with jitter after failures. A 401 keeps
 * the outbox and asks for sign-in. Connectivity is judged by whether the server answers.
 */
export class SyncEngine {
	status = $state<SyncStatus>('idle');
	/** When the last round succeeded (epoch ms), in this tab or, before it, on this device. */
	lastSyncedAt = $state<number | null>(null);
	/** True when unsent changes have not moved for 10 min while the server answers. */
	stalled = $state(false);
	/** How far the round's pull is, once the server has said there is more than a page. */
	progress = $state<PullProgress | null>(null);
	// Plain listeners, not state: nothing renders from the set itself.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#progressWatchers = new Set<(progress: PullProgress) => void>();
	#failures = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#watchdog = new OutboxWatchdog(Date.now());
	readonly #rounds: RoundRunner;

	constructor(
		private readonly db: RecDb,
		private readonly session: Session,
		private readonly lock: DeviceLock
	) {
		this.#rounds = new RoundRunner(db);
	}

	/** Runs one round now (the "Sync now" button and every trigger). */
	async syncNow(): Promise<void> {
		await this.#run(true);
	}

	/**
	 * Runs a round once any round already under way (in this tab or another) has ended, and
	 * answers whether it reached the server: how the offline preparation knows that this
	 * person's records are on the device.
	 */
	syncFully(): Promise<boolean> {
		return this.#run(false);
	}

	async #run(ifAvailable: boolean): Promise<boolean> {
		if (this.session.status !== 'signed-in') {
			this.status = this.session.status === 'expired' ? 'needs-sign-in' : 'idle';
			return false;
		}
		if (this.lock.status !== 'unlocked') {
			this.status = 'locked';
			return false;
		}
		const run = () => this.#round();
		const locks = globalThis.navigator?.locks;
		if (!locks) return run();
		return locks.request(LOCK_NAME, { ifAvailable }, (held) => (held ? run() : false));
	}

	async #round(): Promise<boolean> {
		this.status = 'syncing';
		try {
			const clientId = this.session.clientId;
			if (!clientId) return false;
			const sent = await this.#rounds.run(this.lock.key, clientId, (progress) =>
				this.#progressed(progress)
			);
			await this.#watch(sent);
			this.#failures = 0;
			this.lastSyncedAt = Date.now();
			await this.db.meta
				.put({ key: LAST_SYNCED_KEY, value: this.lastSyncedAt })
				.catch(() => undefined);
			this.status = 'idle';
			this.#schedule(EVERY_MS);
			return true;
		} catch (error) {
			this.#failures += 1;
			if (error instanceof ApiError && error.sessionExpired) {
				// Keep every unsent change; the app asks for sign-in before the next round.
				this.status = 'needs-sign-in';
				await this.session.refresh().catch(() => undefined);
				return false;
			}
			this.status =
				error instanceof Unreachable
					? 'offline'
					: error instanceof ApiError && error.clientOutdated
						? 'client-outdated'
						: error instanceof ApiError && error.serverOutdated
							? 'server-outdated'
							: 'error';
			// The server answered but took nothing: that counts against the outbox's ten minutes.
			if (error instanceof ApiError) await this.#watch(0).catch(() => undefined);
			const retryAfter =
				error instanceof ApiError && error.retryAfterSeconds ? error.retryAfterSeconds * 1000 : 0;
			this.#schedule(backoffDelay(this.#failures, Math.random, retryAfter));
			return false;
		} finally {
			this.progress = null;
		}
	}

	#progressed(progress: PullProgress) {
		// A pull that fits in one page needs no progress line.
		if (this.progress || progress.received < progress.total) this.progress = progress;
		for (const watcher of this.#progressWatchers) watcher(progress);
	}

	/** Calls `watcher` as pulls in this tab progress (the offline preparation's bar); answers a stop. */
	watchProgress(watcher: (progress: PullProgress) => void): () => void {
		this.#progressWatchers.add(watcher);
		return () => this.#progressWatchers.delete(watcher);
	}

	async #watch(sent: number) {
		this.stalled = this.#watchdog.afterRound(Date.now(), await this.db.outbox.count(), sent);
	}

	#schedule(delay: number) {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.syncNow(), delay);
	}

	/** A local change was saved: send it soon. */
	noteLocalWrite() {
		this.#schedule(AFTER_WRITE_MS);
	}

	/** Reads when the device last synced, unless a round here has already said. */
	async loadLastSynced(): Promise<void> {
		const row = await this.db.meta.get(LAST_SYNCED_KEY).catch(() => undefined);
		if (this.lastSyncedAt === null && typeof row?.value === 'number') this.lastSyncedAt = row.value;
	}

	/** Wires the triggers; answers a cleanup function. */
	start(win: Window): () => void {
		void this.loadLastSynced();
		this.#rounds.warm();
		const soon = () => this.#schedule(0);
		const visible = () => {
			if (win.document.visibilityState === 'visible') soon();
		};
		win.addEventListener('online', soon);
		win.document.addEventListener('visibilitychange', visible);
		soon();
		return () => {
			clearTimeout(this.#timer);
			this.#rounds.stop();
			win.removeEventListener('online', soon);
			win.document.removeEventListener('visibilitychange', visible);
		};
	}
}
