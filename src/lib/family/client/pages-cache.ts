import { FAMILY_PAGES_CACHE, OFFLINE_PAGES_ID } from '../site';

/** A kept page older than this is fetched again when the reader is online. */
const REFRESH_MS = 7 * 24 * 60 * 60 * 1000;

const IMMUTABLE = '/_app/immutable/';

/** The hashed scripts a page runs (they never change, so a kept copy never needs refreshing). */
function scriptsOf(html: string): string[] {
	return [...html.matchAll(/<script[^>]*\ssrc="(\/_app\/immutable\/[^"]+)"/g)].map(
		(match) => match[1]!
	);
}

/** The pages a family page lists for keeping (its `offline-pages` data, see the layout). */
function listedPages(html: string): string[] {
	const json = new DOMParser().parseFromString(html, 'text/html').getElementById(OFFLINE_PAGES_ID)
		?.dataset.json;
	return json ? (JSON.parse(json) as string[]) : [];
}

/**
 * Keeps a language's family pages, and the scripts they run, for reading offline: the family
 * service worker (static/family-sw.js) answers from this cache when the network does not.
 * `start` is any page of that language: it lists the others. Quietly, one file at a time, and
 * only what is missing or a week old, so a reader on a phone plan pays once. Answers whether
 * every page is kept (false when the network or the storage gave out on the way); `onProgress`
 * hears of each page done.
 */
export async function keepPagesOffline(
	start: string,
	onProgress: (done: number, total: number) => void = () => {}
): Promise<boolean> {
	if (typeof caches === 'undefined') return false;
	try {
		const cache = await caches.open(FAMILY_PAGES_CACHE);
		const queue = [start];
		for (let index = 0; index < queue.length; index++) {
			const path = queue[index]!;
			const kept = await cache.match(path);
			const age = kept ? Date.now() - Date.parse(kept.headers.get('date') ?? '') : Infinity;
			const response =
				age < REFRESH_MS ? kept! : await fetch(path, { credentials: 'omit', cache: 'no-cache' });
			if (!response.ok) {
				// Without the first page there is no list of the others.
				if (index === 0) return false;
				// A page that is gone has nothing to keep; the rest still is.
				onProgress(index + 1, queue.length);
				continue;
			}
			if (response !== kept) await cache.put(path, response.clone());
			const html = await response.text();
			if (index === 0) queue.push(...listedPages(html).filter((page) => page !== start));
			for (const script of scriptsOf(html)) {
				if (!(await cache.match(script))) await cache.add(script);
			}
			onProgress(index + 1, queue.length);
		}
		await dropUnusedScripts(cache);
		return true;
	} catch {
		// Offline, or storage refused: the pages still work online.
		return false;
	}
}

/** Scripts of earlier releases that no kept page runs any more: they would only pile up. */
async function dropUnusedScripts(cache: Cache): Promise<void> {
	const keys = await cache.keys();
	const isScript = (request: Request) => new URL(request.url).pathname.startsWith(IMMUTABLE);
	const used = new Set<string>();
	for (const request of keys.filter((key) => !isScript(key))) {
		const page = await cache.match(request);
		if (page) for (const script of scriptsOf(await page.text())) used.add(script);
	}
	for (const request of keys.filter(isScript)) {
		if (!used.has(new URL(request.url).pathname)) await cache.delete(request);
	}
}
