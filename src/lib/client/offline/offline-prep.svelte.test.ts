import { describe, expect, it, vi } from 'vitest';
import {
	OfflinePrep,
	prepLanes,
	prepSteps,
	type PrepStep,
	type ReadyMark,
	type StepWork
} from './offline-prep.svelte';

function memoryMark(ready = false): ReadyMark & { ready: boolean } {
	return {
		ready,
		async get() {
			return this.ready;
		},
		async set() {
			this.ready = true;
		}
	};
}

function allDone(): Record<PrepStep, StepWork> {
	const steps = {} as Record<PrepStep, StepWork>;
	for (const step of prepSteps) steps[step] = vi.fn(async () => true);
	return steps;
}

/** A preparation under way whose directory step waits for `finishDirectory`. */
function startWithSlowDirectory() {
	const steps = allDone();
	let finishDirectory!: () => void;
	steps.directory = vi.fn(
		() => new Promise<boolean>((resolve) => (finishDirectory = () => resolve(true)))
	);
	const prep = new OfflinePrep(steps, memoryMark());
	const run = prep.start();
	return { steps, prep, run, finishDirectory: () => finishDirectory() };
}

describe('OfflinePrep', () => {
	it('brings each part onto the device, each lane in turn, shows progress, and says ready once', async () => {
		const order: PrepStep[] = [];
		const seen: number[] = [];
		const steps = allDone();
		for (const step of prepSteps) {
			steps[step] = async (progress) => {
				order.push(step);
				expect(prep.status).toBe('working');
				progress(0.5);
				seen.push(prep.fraction);
				return true;
			};
		}
		const mark = memoryMark();
		const prep: OfflinePrep = new OfflinePrep(steps, mark);
		await prep.start();

		for (const lane of prepLanes) {
			expect(order.filter((step) => lane.includes(step as never))).toEqual(lane);
		}
		expect([...order].sort()).toEqual([...prepSteps].sort());
		// The bar only moves forward, and the directory (most of the download) takes most of it.
		expect(seen).toEqual([...seen].sort((a, b) => a - b));
		expect(seen[order.indexOf('directory')]).toBeGreaterThan(0.2);
		expect(prep.status).toBe('ready');
		expect(prep.fraction).toBe(1);
		expect(prep.step).toBeNull();
		expect(prep.shown).toBe(true);
		expect(mark.ready).toBe(true);

		prep.dismiss();
		expect(prep.shown).toBe(false);
	});

	it('keeps the files while the directory is still coming, and the records wait for its index', async () => {
		const { steps, prep, run, finishDirectory } = startWithSlowDirectory();
		await vi.waitFor(() => expect(steps.app).toHaveBeenCalled());
		expect(steps.family).toHaveBeenCalledTimes(1);
		expect(steps.search).not.toHaveBeenCalled();
		expect(steps.records).not.toHaveBeenCalled();
		// The line names what is still awaited, and the bar counts what is already kept.
		expect(prep.step).toBe('directory');
		expect(prep.status).toBe('working');
		expect(prep.fraction).toBeGreaterThan(0);
		expect(prep.fraction).toBeLessThan(0.5);
		finishDirectory();
		await run;
		expect(steps.search).toHaveBeenCalledTimes(1);
		expect(steps.records).toHaveBeenCalledTimes(1);
		expect(prep.status).toBe('ready');
	});

	it('waits where the network gave out and goes on from that step, not from the start', async () => {
		const steps = allDone();
		let recordsTries = 0;
		steps.records = vi.fn(async () => ++recordsTries >= 3);
		steps.family = vi.fn(async () => {
			throw new TypeError('Failed to fetch');
		});
		const waits: string[] = [];
		let familyFails = 1;
		const prep = new OfflinePrep(steps, memoryMark(), {
			retryWait: async (failures, step) => {
				waits.push(`${prep.status}:${step}:${failures}`);
				if (step === 'family' && familyFails-- === 0) steps.family = async () => true;
			}
		});
		await prep.start();

		expect(waits.filter((wait) => wait.includes(':family:'))).toEqual([
			'waiting:family:1',
			'waiting:family:2'
		]);
		expect(waits.filter((wait) => wait.includes(':records:'))).toEqual([
			'waiting:records:1',
			'waiting:records:2'
		]);
		expect(waits).toHaveLength(4);
		expect(steps.directory).toHaveBeenCalledTimes(1);
		expect(steps.search).toHaveBeenCalledTimes(1);
		expect(steps.records).toHaveBeenCalledTimes(3);
		expect(steps.app).toHaveBeenCalledTimes(1);
		expect(prep.status).toBe('ready');
	});

	it('catches up quietly on a device that has been ready before', async () => {
		const steps = allDone();
		const prep = new OfflinePrep(steps, memoryMark(true));
		const run = prep.start();
		expect(prep.start()).toBe(run);
		await run;
		expect(prep.shown).toBe(false);
		expect(prep.status).toBe('ready');
		for (const step of prepSteps) expect(steps[step]).toHaveBeenCalledTimes(1);
	});

	it('does a step over on request: at once when ready, else after the run', async () => {
		const { steps, prep, run, finishDirectory } = startWithSlowDirectory();
		await vi.waitFor(() => expect(steps.directory).toHaveBeenCalled());
		prep.redo('family');
		prep.redo('family');
		finishDirectory();
		await run;
		expect(steps.family).toHaveBeenCalledTimes(2);

		prep.redo('family');
		await vi.waitFor(() => expect(steps.family).toHaveBeenCalledTimes(3));
		expect(prep.status).toBe('ready');
	});

	it('tries again at once when nudged, not only when the wait is over', async () => {
		const steps = allDone();
		let unlocked = false;
		steps.records = vi.fn(async () => unlocked);
		const prep = new OfflinePrep(steps, memoryMark(), { retryWait: () => new Promise(() => {}) });
		const run = prep.start();
		await vi.waitFor(() => expect(prep.status).toBe('waiting'));
		unlocked = true;
		prep.nudge();
		await run;
		expect(steps.records).toHaveBeenCalledTimes(2);
		expect(prep.status).toBe('ready');
	});
});
