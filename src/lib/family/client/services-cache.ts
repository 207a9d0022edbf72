import type { PublicDirectory } from '../finder';
import { FAMILY_DATA_CACHE, PUBLIC_DIRECTORY_VERSION, PUBLIC_SERVICES_URL } from '../site';

/** How old a kept list may get before a page that is online fetches a new one. */
const FRESH_MS = 6 * 60 * 60 * 1000;

export interface LoadedDirectory {
	directory: PublicDirectory;
	/** When this device got it; set when the answer came from the kept copy (offline). */
	keptSince?: Date;
}

const hasCaches = () => typeof caches !== 'undefined';

async function fetchAndKeep(timeoutMs: number): Promise<PublicDirectory> {
	const response = await fetch(PUBLIC_SERVICES_URL, { signal: AbortSignal.timeout(timeoutMs) });
	if (!response.ok) throw new Error(`services: ${response.status}`);
	if (hasCaches()) {
		await (await caches.open(FAMILY_DATA_CACHE)).put(PUBLIC_SERVICES_URL, response.clone());
	}
	return (await response.json()) as PublicDirectory;
}

/** The services list: from the network when it answers, else the copy kept on this device. */
export async function loadDirectory(): Promise<LoadedDirectory | undefined> {
	try {
		return { directory: await fetchAndKeep(6000) };
	} catch {
		if (!hasCaches()) return undefined;
		const kept = await caches.match(PUBLIC_SERVICES_URL, { cacheName: FAMILY_DATA_CACHE });
		if (!kept) return undefined;
		const date = new Date(kept.headers.get('date') ?? Date.now());
		const directory = (await kept.json()) as PublicDirectory;
		// A copy kept by an older version lacks what the finder now reads: as good as none.
		if (directory.version !== PUBLIC_DIRECTORY_VERSION) return undefined;
		return { directory, keptSince: date };
	}
}

/**
 * Keeps a fresh copy for offline use, quietly; any page calls this once it has loaded.
 * Answers whether a copy is kept.
 */
export async function keepDirectoryFresh(): Promise<boolean> {
	if (!hasCaches()) return false;
	try {
		const kept = await caches.match(PUBLIC_SERVICES_URL, { cacheName: FAMILY_DATA_CACHE });
		const age = kept ? Date.now() - Date.parse(kept.headers.get('date') ?? '') : Infinity;
		if (!(age < FRESH_MS)) await fetchAndKeep(20000);
		return true;
	} catch {
		// Offline or storage refused: the finder says so when it is used.
		return false;
	}
}
