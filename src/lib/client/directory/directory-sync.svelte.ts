import { untrack } from 'svelte';
import { refreshDirectory, type DownloadProgress } from './refresh';
import type { RefDb } from '../db/ref-db';

/** UI state of the directory download: progress of the first snapshot, and failures. */
export class DirectorySync {
	progress = $state<DownloadProgress | null>(null);
	failed = $state(false);
	running = $state(false);

	constructor(private readonly db: RefDb) {}

	async refresh() {
		// Pages call this from an effect: reading `running` there would make the effect depend
		// on it and pull again each time a refresh ends — without end.
		if (untrack(() => this.running)) return;
		this.running = true;
		this.failed = false;
		try {
			await refreshDirectory(this.db, (progress) => (this.progress = progress));
		} catch {
			// Offline or the server is down: the local copy stays as it is.
			this.failed = true;
		} finally {
			this.running = false;
			this.progress = null;
		}
	}
}
