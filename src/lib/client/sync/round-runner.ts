import type { RecDb } from '../db/rec-db';
import type { PullProgress } from './pull';
import { syncRound } from './round';
import { fromWire, type RoundMessage, type RoundRequest } from './worker-protocol';

/** The User Timing mark left as each pulled page is stored (bench/measures/sync-browser.js). */
export const PAGE_MARK = 'lahelle:records-page';

interface Pending {
	resolve: (sent: number) => void;
	reject: (error: unknown) => void;
	onProgress: (progress: PullProgress) => void;
	/** Runs the round on this thread instead (the worker could not). */
	here: () => Promise<number>;
}

/**
 * Runs the engine's sync rounds in a worker (round-worker.ts), so the page's thread stays free
 * for the person and the app's other work while records are pulled and pushed; on this thread
 * where a browser has no module workers or the worker's file cannot load. A round is the same
 * either way: the worker holds no state of its own between rounds.
 */
export class RoundRunner {
	/** Not yet started (undefined), or not to be used on this page (null). */
	#worker: Worker | null | undefined;
	readonly #pending = new Map<number, Pending>();
	#nextId = 1;

	constructor(private readonly db: RecDb) {}

	/**
	 * Starts the worker ahead of the first round (the engine starts as someone signs in, before
	 * the PIN is set): its code loads and compiles while the person types, not after.
	 */
	warm() {
		this.#start();
	}

	/** One round (round.ts): answers how many outbox rows the server acknowledged. */
	run(key: CryptoKey, clientId: string, onProgress: (progress: PullProgress) => void) {
		const here = () =>
			syncRound(this.db, key, clientId, undefined, { onProgress, onStored: markStored });
		const worker = this.#start();
		if (!worker) return here();
		return new Promise<number>((resolve, reject) => {
			const id = this.#nextId++;
			this.#pending.set(id, { resolve, reject, onProgress, here });
			worker.postMessage({ id, dbName: this.db.name, key, clientId } satisfies RoundRequest);
		});
	}

	/** Ends the worker (the engine stops); a round under way in it ends with it. */
	stop() {
		this.#worker?.terminate();
		this.#worker = undefined;
		for (const pending of this.#pending.values()) pending.reject(new Error('sync stopped'));
		this.#pending.clear();
	}

	#start(): Worker | null {
		if (this.#worker !== undefined) return this.#worker;
		if (typeof Worker !== 'function') return (this.#worker = null);
		try {
			const worker = new Worker(new URL('./round-worker.ts', import.meta.url), {
				type: 'module',
				name: 'lahelle-sync'
			});
			worker.onmessage = ({ data }: MessageEvent<RoundMessage>) => this.#received(data);
			worker.onerror = (event) => {
				event.preventDefault();
				this.#unavailable();
			};
			return (this.#worker = worker);
		} catch {
			return (this.#worker = null);
		}
	}

	#received(message: RoundMessage) {
		const pending = this.#pending.get(message.id);
		if (!pending) return;
		if (message.type === 'progress') return pending.onProgress(message.progress);
		if (message.type === 'stored') {
			return markStored(message.received, message.done, message.at - performance.timeOrigin);
		}
		this.#pending.delete(message.id);
		if (message.type === 'done') pending.resolve(message.sent);
		else pending.reject(fromWire(message.error));
	}

	/**
	 * The worker could not load (an old service worker offline without its file) or failed
	 * outside a round's own error handling: rounds run here from now on, the held ones too —
	 * a round repeated is harmless, the server applies each change once.
	 */
	#unavailable() {
		this.#worker?.terminate();
		this.#worker = null;
		const held = [...this.#pending.values()];
		this.#pending.clear();
		for (const pending of held) pending.here().then(pending.resolve, pending.reject);
	}
}

/**
 * When each page is stored (User Timing, in the page's timeline even when the worker stored
 * it): what the sync benchmark measures in the browser.
 */
function markStored(received: number, done: boolean, startTime = globalThis.performance?.now()) {
	globalThis.performance?.mark?.(PAGE_MARK, { startTime, detail: { received, done } });
}
