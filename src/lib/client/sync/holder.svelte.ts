import { getContext, setContext } from 'svelte';
import type { SyncEngine } from './engine.svelte';

const CONTEXT = Symbol('sync');

/**
 * Where pages find the sync engine. The engine's code loads after the app has opened, so the
 * shell's first load stays small; until then `engine` is null.
 */
export class SyncHolder {
	engine = $state<SyncEngine | null>(null);
}

export function setSyncHolder(holder: SyncHolder): SyncHolder {
	return setContext(CONTEXT, holder);
}

export function getSyncHolder(): SyncHolder {
	return getContext<SyncHolder>(CONTEXT);
}
