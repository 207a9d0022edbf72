// The family pages' service worker (scope /; the staff app has its own under /app). It keeps
// nothing by itself: the pages put their language's pages and scripts into Cache Storage
// (src/lib/family/client/pages-cache.ts), and this worker answers from there when the network
// does not. Pages come from the network first, so a reader online always gets today's text.
// Plain JavaScript, no libraries: it must stay small for a parent's phone.
const PAGES = 'lahelle-family-pages';
/** How long a page may keep the reader waiting on a bad connection before the kept copy. */
const NETWORK_WAIT_MS = 4000;
// The finder's no-JS results page and the help page with the finder (src/lib/family/site.ts).
const FINDER_RESULTS = 'palvelut';
const HELP = 'apua';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
	// This scope's worker once was the staff app's, which precached everything; its copy goes.
	event.waitUntil(caches.delete(`workbox-precache-v2-${self.registration.scope}`));
});

self.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== self.location.origin) return;
	if (/^\/(app|api)(\/|$)/.test(url.pathname)) return;
	if (request.mode === 'navigate') event.respondWith(page(request, url));
	else if (url.pathname.startsWith('/_app/immutable/')) event.respondWith(immutable(request));
});

async function page(request, url) {
	const network = fetch(request);
	const early = await Promise.race([
		network.catch(() => undefined),
		new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS))
	]);
	if (early) return keep(url, early);
	const kept = await keptCopy(url);
	if (kept) return kept;
	try {
		return keep(url, await network);
	} catch {
		return Response.error();
	}
}

/** A page fetched whole and fine replaces its kept copy; answers with the response. */
async function keep(url, response) {
	if (response.ok && !url.search && response.type === 'basic') {
		const cache = await caches.open(PAGES);
		await cache.put(url.pathname, response.clone()).catch(() => {});
	}
	return response;
}

/** The page as kept; for the finder's no-JS results page, the help page whose finder works offline. */
async function keptCopy(url) {
	const cache = await caches.open(PAGES);
	// A language is the two-letter first segment (/sv/…); Finnish pages have none.
	const first = url.pathname.split('/')[1];
	const prefix = /^[a-z]{2}$/.test(first) ? `/${first}` : '';
	const candidates = [url.pathname];
	if (url.pathname === `${prefix}/${FINDER_RESULTS}`) candidates.push(`${prefix}/${HELP}`);
	candidates.push(prefix || '/');
	for (const candidate of candidates) {
		const hit = await cache.match(candidate);
		if (hit) return hit;
	}
	return undefined;
}

/** Hashed files never change: the kept copy is as good as the network's. */
async function immutable(request) {
	const cache = await caches.open(PAGES);
	const hit = await cache.match(request);
	if (hit) return hit;
	const response = await fetch(request);
	if (response.ok) await cache.put(request, response.clone()).catch(() => {});
	return response;
}
