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

/** Pages fetched at once after the first: a few, so a slow phone line is not flooded. */
const PAGES_AT_ONCE = 4;

/**
 * Keeps a language's family pages, and the scripts they run, for reading offline: the family
 * service worker (static/family-sw.js) answers from this cache when the network does not.
 * `start` is any page of that language: it lists the others, which are then fetched a few at a
 * time. Quietly, and only what is missing or a week old, so a reader on a phone plan pays once.
 * Answers whether every page is kept (false when the network or the storage gave out on the
 * way); `onProgress` hears of each page done.
 */
export async function keepPagesOffline(
	start: string,
	onProgress: (done: number, total: number) => void = () => {}
): Promise<boolean> {
	if (typeof caches === 'undefined') return false;
	try {
		const cache = await caches.open(FAMILY_PAGES_CACHE);
		const scripts = new Map<string, Promise<void>>();
		const first = await keepPage(cache, start, scripts);
		// Without the first page there is no list of the others.
		if (first === null) return false;
		const queue = listedPages(first).filter((page) => page !== start);
		const total = queue.length + 1;
		let done = 1;
		onProgress(done, total);
		const worker = async () => {
			// A page that is gone has nothing to keep; the rest still is.
			for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
				await keepPage(cache, path, scripts);
				onProgress(++done, total);
			}
		};
		await Promise.all(Array.from({ length: PAGES_AT_ONCE }, worker));
		await dropUnusedScripts(cache);
		return true;
	} catch {
		// Offline, or storage refused: the pages still work online.
		return false;
	}
}

/**
 * Keeps one page (fetched when missing or a week old) and the scripts it runs, each script
 * once however many pages share it (`scripts`); answers its HTML, or null when it is gone.
 */
async function keepPage(
	cache: Cache,
	path: string,
	scripts: Map<string, Promise<void>>
): Promise<string | null> {
	const kept = await cache.match(path);
	const age = kept ? Date.now() - Date.parse(kept.headers.get('date') ?? '') : Infinity;
	const response =
		age < REFRESH_MS ? kept! : await fetch(path, { credentials: 'omit', cache: 'no-cache' });
	if (!response.ok) return null;
	if (response !== kept) await cache.put(path, response.clone());
	const html = await response.text();
	for (const script of scriptsOf(html)) {
		if (!scripts.has(script)) {
			scripts.set(
				script,
				cache.match(script).then((hit) => (hit ? undefined : cache.add(script)))
			);
		}
		await scripts.get(script);
	}
	return html;
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
