import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RefDb } from '../db/ref-db';
import { DirectorySync } from './directory-sync.svelte';
import { refreshDirectory } from './refresh';

vi.mock('./refresh', () => ({ refreshDirectory: vi.fn(async () => {}) }));

afterEach(() => vi.mocked(refreshDirectory).mockClear());

describe('DirectorySync', () => {
	it('refreshes once when a page starts it from an effect, not again as each refresh ends', async () => {
		const sync = new DirectorySync(new RefDb(`test-${crypto.randomUUID()}`));
		const stop = $effect.root(() => {
			$effect(() => void sync.refresh());
		});
		flushSync();
		await vi.waitFor(() => expect(sync.running).toBe(false));
		flushSync();
		await new Promise((resolve) => setTimeout(resolve, 20));
		flushSync();
		expect(refreshDirectory).toHaveBeenCalledTimes(1);
		stop();
	});

	it('runs one refresh at a time', async () => {
		const sync = new DirectorySync(new RefDb(`test-${crypto.randomUUID()}`));
		await Promise.all([sync.refresh(), sync.refresh()]);
		expect(refreshDirectory).toHaveBeenCalledTimes(1);
		await sync.refresh();
		expect(refreshDirectory).toHaveBeenCalledTimes(2);
	});
});
