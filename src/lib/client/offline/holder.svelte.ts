import { getContext, setContext } from 'svelte';
import type { OfflinePrep } from './offline-prep.svelte';

const CONTEXT = Symbol('offline-prep');

/**
 * Where screens find the offline preparation. Its code loads after the first sign-in, so the
 * sign-in page's first load stays small; until then `prep` is null.
 */
export class OfflinePrepHolder {
	prep = $state<OfflinePrep | null>(null);
}

export function setOfflinePrepHolder(holder: OfflinePrepHolder): OfflinePrepHolder {
	return setContext(CONTEXT, holder);
}

export function getOfflinePrepHolder(): OfflinePrepHolder {
	return getContext<OfflinePrepHolder>(CONTEXT);
}
