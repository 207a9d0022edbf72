import { backoffDelay } from '$lib/domain/sync/backoff';

/**
 * What a device needs to work without a network, in two lanes that run side by side. The data
 * lane: the directory, then its search index (built from it), then the records — those come by
 * the sync engine's own first round, which starts with the app, so their step mostly waits for
 * that round. The files lane: the family pages, then the app's own files, which its service
 * worker starts storing as the app opens. The files lane is network and the browser's own
 * work, so it costs the data lane little on the page's one thread, and "ready" comes when the
 * slower lane is through rather than after the sum of both.
 */
export const prepLanes = [
	['directory', 'search', 'records'],
	['family', 'app']
] as const;
export type PrepStep = (typeof prepLanes)[number][number];
/** Every step, in the order the status line names them while several run. */
export const prepSteps: readonly PrepStep[] = ['directory', 'search', 'family', 'records', 'app'];

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
	/**
	 * Waits before a step is tried again after its `failures`th failure; ends early when the
	 * network returns.
	 */
	retryWait?: (failures: number, step: PrepStep) => Promise<void>;
}

/**
 * Makes the device ready to work without a network right after the first sign-in: the app's
 * files, the directory and its search index, the person's records, and the family pages in
 * their language — in the background, in two lanes (prepLanes), with progress for the UI.
 *
 * A reload midway simply starts it again: each step finds what is already on the device and
 * fetches only the rest. Once everything has been there, later starts catch up quietly.
 */
export class OfflinePrep {
	/** Before the run, during it, or through. */
	#phase = $state<'idle' | 'running' | 'ready'>('idle');
	/** How far each step is (0…1). */
	#done = $state(
		Object.fromEntries(prepSteps.map((step) => [step, 0])) as Record<PrepStep, number>
	);
	/** Steps waiting to be tried again (no network, a locked device). */
	#waiting = $state<PrepStep[]>([]);
	status = $derived<PrepStatus>(
		this.#phase === 'running' ? (this.#waiting.length > 0 ? 'waiting' : 'working') : this.#phase
	);
	/** The step the status line names: one that waits, else the first not yet through. */
	step = $derived<PrepStep | null>(
		this.#phase === 'running'
			? (prepSteps.find((step) => this.#waiting.includes(step)) ??
					prepSteps.find((step) => this.#done[step] < 1) ??
					null)
			: null
	);
	/** 0…1 of the whole, for the progress bar: the steps' shares, each as far as it is. */
	fraction = $derived(
		this.#phase === 'ready'
			? 1
			: prepSteps.reduce((sum, step) => sum + weights[step] * this.#done[step], 0) / totalWeight
	);
	/** Whether the UI shows it: the first preparation, until the person closes "ready". */
	shown = $state(false);
	#running: Promise<void> | undefined;
	/** Wakes the lanes waiting to try again (nudge). */
	#wakes: (() => void)[] = [];
	/** Steps asked for again while the preparation ran: done once it is through. */
	#again: PrepStep[] = [];
	readonly #retryWait: (failures: number, step: PrepStep) => Promise<void>;

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
		for (const wake of this.#wakes) wake();
	}

	/** The person has seen "ready": the notice goes. */
	dismiss() {
		this.shown = false;
	}

	async #run() {
		const readyBefore = await this.mark.get().catch(() => false);
		this.shown = !readyBefore;
		this.#phase = 'running';
		await Promise.all(prepLanes.map((lane) => this.#runLane(lane)));
		this.#phase = 'ready';
		await this.mark.set().catch(() => undefined);
		for (const step of this.#again.splice(0)) await this.#quietly(step);
	}

	async #runLane(lane: readonly PrepStep[]) {
		for (const step of lane) {
			const progress = (fraction: number) => this.#advance(step, fraction);
			for (let failures = 0; !(await this.#try(step, progress));) {
				this.#waiting.push(step);
				let wake!: () => void;
				await Promise.race([
					this.#retryWait(++failures, step),
					new Promise<void>((resolve) => this.#wakes.push((wake = resolve)))
				]);
				this.#wakes = this.#wakes.filter((each) => each !== wake);
				this.#waiting = this.#waiting.filter((each) => each !== step);
			}
			this.#advance(step, 1);
		}
	}

	/** Moves a step's share of the bar on; never back (a step tried again starts over quietly). */
	#advance(step: PrepStep, fraction: number) {
		this.#done[step] = Math.max(this.#done[step], Math.min(1, Math.max(0, fraction)));
	}

	async #try(step: PrepStep, progress: (fraction: number) => void): Promise<boolean> {
		const started = globalThis.performance?.now();
		try {
			return await this.steps[step](progress);
		} catch {
			return false;
		} finally {
			// Each step's time as a User Timing measure, for the benchmarks' timelines.
			globalThis.performance?.measure?.(`lahelle:prep:${step}`, { start: started });
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
