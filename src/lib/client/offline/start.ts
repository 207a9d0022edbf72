import type { Locale } from '$lib/domain/locale';
import type { RecDb } from '../db/rec-db';
import type { RefDb } from '../db/ref-db';
import { refreshDirectory } from '../directory/refresh';
import { keepFamilyPages } from '../pwa/family-pages';
import { appFilesKept } from '../pwa/workers';
import type { SyncEngine } from '../sync/engine.svelte';
import { OfflinePrep, type StepWork, type PrepStep } from './offline-prep.svelte';
import { readyMark } from './ready-mark';

export interface PrepDevice {
	ref: RefDb;
	rec: RecDb;
	engine: SyncEngine;
	/** The app's language now: the family pages kept are in it. */
	locale: () => Locale;
}

/** The steps as this app does them, each with the machinery that already keeps that part. */
export function offlineSteps({ ref, engine, locale }: PrepDevice): Record<PrepStep, StepWork> {
	return {
		app: () => appFilesKept(),
		directory: async (progress) => {
			await refreshDirectory(ref, ({ done, total }) => progress(total ? done / total : 0));
			return true;
		},
		search: async () => {
			// The index code (MiniSearch) loads only now, not with the app's first screen.
			const { readStoredIndex, rebuildStoredIndex, storedIndexIsCurrent } =
				await import('../search/stored-index');
			if (await storedIndexIsCurrent(ref)) return true;
			// Saved before the last change pulls: caught up with what they changed, and saved.
			const caughtUp = await readStoredIndex(ref);
			if (caughtUp) {
				await caughtUp.saved;
				return true;
			}
			// Built (and saved, where there is room) from the directory just brought up to date.
			return (await rebuildStoredIndex(ref)) !== null;
		},
		// The sync engine's own round, begun as the app opened: push what waits, then pull from
		// the stored cursor. The bar follows whichever round of this tab is pulling (the
		// engine's first one, usually).
		records: async (progress) => {
			const stop = engine.watchProgress(({ received, total }) =>
				progress(total ? received / total : 1)
			);
			try {
				return await engine.syncFully();
			} finally {
				stop();
			}
		},
		family: (progress) => keepFamilyPages(locale(), (done, total) => progress(done / total))
	};
}

export function startOfflinePrep(device: PrepDevice): OfflinePrep {
	const prep = new OfflinePrep(offlineSteps(device), readyMark(device.rec));
	void prep.start();
	return prep;
}
