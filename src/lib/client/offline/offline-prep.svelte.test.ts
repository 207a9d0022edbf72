import { describe, expect, it, vi } from 'vitest';
import {
	OfflinePrep,
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

describe('OfflinePrep', () => {
	it('brings each part onto the device in turn, shows progress, and says ready once', async () => {
		const order: PrepStep[] = [];
		const seen: number[] = [];
		const steps = allDone();
		for (const step of prepSteps) {
			steps[step] = async (progress) => {
				order.push(step);
				expect(prep.step).toBe(step);
				expect(prep.status).toBe('working');
				progress(0.5);
				seen.push(prep.fraction);
				return true;
			};
		}
		const mark = memoryMark();
		const prep: OfflinePrep = new OfflinePrep(steps, mark);
		await prep.start();

		expect(order).toEqual(['directory', 'search', 'family', 'records', 'app']);
		// The bar only moves forward, and the directory (most of the download) takes most of it.
		expect(seen).toEqual([...seen].sort((a, b) => a - b));
		expect(seen[0]).toBeGreaterThan(0.2);
		expect(seen[1]).toBeGreaterThan(0.5);
		expect(prep.status).toBe('ready');
		expect(prep.fraction).toBe(1);
		expect(prep.shown).toBe(true);
		expect(mark.ready).toBe(true);

		prep.dismiss();
		expect(prep.shown).toBe(false);
	});

	it('waits where the network gave out and goes on from that step, not from the start', async () => {
		const steps = allDone();
		let recordsTries = 0;
		steps.records = vi.fn(async () => ++recordsTries >= 3);
		steps.family = vi.fn(async () => {
			throw new TypeError('Failed to fetch');
		});
		const statuses: string[] = [];
		let familyFails = 1;
		const prep = new OfflinePrep(steps, memoryMark(), {
			retryWait: async (failures) => {
				statuses.push(`${prep.status}:${prep.step}:${failures}`);
				if (prep.step === 'family' && familyFails-- === 0) steps.family = async () => true;
			}
		});
		await prep.start();

		expect(statuses).toEqual([
			'waiting:family:1',
			'waiting:family:2',
			'waiting:records:1',
			'waiting:records:2'
		]);
		expect(steps.directory).toHaveBeenCalledTimes(1);
		expect(steps.search).toHaveBeenCalledTimes(1);
		expect(steps.records).toHaveBeenCalledTimes(3);
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
		const steps = allDone();
		let finishDirectory!: () => void;
		steps.directory = vi.fn(
			() => new Promise<boolean>((resolve) => (finishDirectory = () => resolve(true)))
		);
		const prep = new OfflinePrep(steps, memoryMark());
		const run = prep.start();
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
