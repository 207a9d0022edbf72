import { backoffDelay } from '$lib/domain/sync/backoff';

/**
 * What a device needs to work without a network, in the order it is fetched. The app's own
 * files come by its service worker, which starts storing them as the app opens: that step
 * only waits for it, last, so the directory does not wait behind it. The records come by the
 * sync engine's own first round, which starts with the app: their step waits for that round
 * after the family pages, so the pages download while the records are still arriving.
 */
export const prepSteps = ['directory', 'search', 'family', 'records', 'app'] as const;
export type PrepStep = (typeof prepSteps)[number];

/** How much of the progress bar each step fills: the directory is most of the download. */
const weights: Record<PrepStep, number> = {
	app: 1,
	directory: 6,
	search: 1,
	records: 1,
	family: 2
};
const totalWeight = prepSteps.reduce((sum, step) => sum + weights[step], 0);

/**
 * One step: brings its part onto the device (only what is missing or changed — each part has
 * its own cursor or cache, so a step done before costs one small request) and answers whether
 * it is there; false or a throw means "not now" (no network), and the step is tried again.
 * `progress` is the fraction of the step done, when the step can tell.
 */
export type StepWork = (progress: (fraction: number) => void) => Promise<boolean>;

/** Where the device remembers that it has been ready once (a later start catches up quietly). */
export interface ReadyMark {
	get(): Promise<boolean>;
	set(): Promise<void>;
}

export type PrepStatus = 'idle' | 'working' | 'waiting' | 'ready';

export interface PrepOptions {
	/** Waits before trying again after the `failures`th failure; ends early when the network returns. */
	retryWait?: (failures: number) => Promise<void>;
}

/**
 * Makes the device ready to work without a network right after the first sign-in: the app's
 * files, the directory and its search index, the person's records, and the family pages in
 * their language — in the background, one step after another, with progress for the UI.
 *
 * A reload midway simply starts it again: each step finds what is already on the device and
 * fetches only the rest. Once everything has been there, later starts catch up quietly.
 */
export class OfflinePrep {
	status = $state<PrepStatus>('idle');
	step = $state<PrepStep | null>(null);
	/** 0…1 of the whole, for the progress bar. */
	fraction = $state(0);
	/** Whether the UI shows it: the first preparation, until the person closes "ready". */
	shown = $state(false);
	#running: Promise<void> | undefined;
	#wake: (() => void) | undefined;
	/** Steps asked for again while the preparation ran: done once it is through. */
	#again: PrepStep[] = [];
	readonly #retryWait: (failures: number) => Promise<void>;

	constructor(
		private readonly steps: Record<PrepStep, StepWork>,
		private readonly mark: ReadyMark,
		options: PrepOptions = {}
	) {
		this.#retryWait = options.retryWait ?? waitForNetwork;
	}

	/** Runs the preparation (once per page: a second call answers the same run). */
	start(): Promise<void> {
		return (this.#running ??= this.#run());
	}

	/** Does a step over once the preparation is through, e.g. the family pages in a newly chosen language. */
	redo(step: PrepStep) {
		if (this.status !== 'ready') {
			if (!this.#again.includes(step)) this.#again.push(step);
			return;
		}
		void this.#quietly(step);
	}

	/**
	 * Something that a waiting step needed has come back (the device was unlocked, the person
	 * signed in again): try again now rather than at the end of the backoff.
	 */
	nudge() {
		this.#wake?.();
	}

	/** The person has seen "ready": the notice goes. */
	dismiss() {
		this.shown = false;
	}

	async #run() {
		const readyBefore = await this.mark.get().catch(() => false);
		this.shown = !readyBefore;
		this.status = 'working';
		let before = 0;
		for (const step of prepSteps) {
			this.step = step;
			const share = weights[step] / totalWeight;
			const start = before;
			this.fraction = start;
			const progress = (fraction: number) => {
				this.fraction = start + share * Math.min(1, Math.max(0, fraction));
			};
			for (let failures = 0; !(await this.#try(step, progress));) {
				this.status = 'waiting';
				await Promise.race([
					this.#retryWait(++failures),
					new Promise<void>((resolve) => (this.#wake = resolve))
				]);
				this.#wake = undefined;
				this.status = 'working';
			}
			before += share;
			this.fraction = before;
		}
		this.step = null;
		this.fraction = 1;
		this.status = 'ready';
		await this.mark.set().catch(() => undefined);
		for (const step of this.#again.splice(0)) await this.#quietly(step);
	}

	async #try(step: PrepStep, progress: (fraction: number) => void): Promise<boolean> {
		try {
			return await this.steps[step](progress);
		} catch {
			return false;
		}
	}

	async #quietly(step: PrepStep) {
		await this.#try(step, () => {});
	}
}

/** The default wait between tries: backoff from 2 s up to 5 min, cut short when the browser goes online. */
function waitForNetwork(failures: number): Promise<void> {
	return new Promise((resolve) => {
		const done = () => {
			clearTimeout(timer);
			globalThis.removeEventListener?.('online', done);
			resolve();
		};
		const timer = setTimeout(done, backoffDelay(failures));
		globalThis.addEventListener?.('online', done);
	});
}
