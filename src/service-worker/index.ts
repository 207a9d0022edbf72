/**
 * The staff app's service worker (scope /app; the family pages have their own, static/family-
 * sw.js). It keeps every file of the app (the manifest vite-plugin-pwa injects at build) and
 * answers any /app URL with the one app shell, whose router draws the page from local data.
 *
 * Workbox stores a precache one file at a time (workbox#2528), so a new phone waited for some
 * 265 requests in a row — 4.6 s on a quiet machine, the whole of "ready offline" on a fresh
 * device, and far longer on a phone line. Here the list is dealt to a few controllers that
 * store their shares side by side into the one cache, and the stale entries of that cache are
 * cleared against all of their lists together.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

/** Files stored at once: a few, under the browser's six connections to the server. */
const AT_ONCE = 6;
const SHELL = '/app';

const lanes = Array.from({ length: AT_ONCE }, () => new PrecacheController());
self.__WB_MANIFEST.forEach((entry, n) => lanes[n % AT_ONCE]!.addToCacheList([entry]));

/** The static routing API (Chromium 123+); not yet in TypeScript's lib. */
type RoutingInstallEvent = ExtendableEvent & {
	addRoutes?: (rules: {
		condition: { urlPattern: { pathname: string } };
		source: 'network';
	}) => Promise<void>;
};

self.addEventListener('install', (event: RoutingInstallEvent) => {
	// The API's requests (the sync's pulls and pushes above all) go to the network without this
	// worker: it never answers them, yet each one waited for it to wake and hand it on — up to
	// 0.6 s for the first records pull on a new phone, while it stored the precache.
	// A browser that knows the call but refuses the rule: the fetch handler passes them on.
	const { addRoutes } = event;
	if (addRoutes) {
		event.waitUntil(
			Promise.resolve()
				.then(() =>
					addRoutes.call(event, {
						condition: { urlPattern: { pathname: '/api/*' } },
						source: 'network'
					})
				)
				.catch(() => undefined)
		);
	}
	for (const lane of lanes) void lane.install(event);
});

self.addEventListener('activate', (event) => {
	// One cache for all lanes: what none of their lists holds is of an earlier version.
	event.waitUntil(
		(async () => {
			const wanted = new Set(lanes.flatMap((lane) => [...lane.getURLsToCacheKeys().values()]));
			const cache = await caches.open(lanes[0]!.strategy.cacheName);
			for (const request of await cache.keys()) {
				if (!wanted.has(request.url)) await cache.delete(request);
			}
		})()
	);
});

for (const lane of lanes) registerRoute(new PrecacheRoute(lane));

const shellLane = lanes.find((lane) => lane.getCacheKeyForURL(SHELL) !== undefined);
if (shellLane) {
	registerRoute(
		new NavigationRoute(shellLane.createHandlerBoundToURL(SHELL), {
			allowlist: [/^\/app(\/|$)/],
			denylist: [/^\/api\//]
		})
	);
}

cleanupOutdatedCaches();

// The first worker takes over the page that installed it, so a screen not opened yet still
// loads from the device if the network goes before a reload. A claim made while that page is
// still starting can go unheard: the page asks again (client/pwa/workers.ts).
clientsClaim();
self.addEventListener('message', (event) => {
	if (event.data?.type === 'CLAIM') event.waitUntil(self.clients.claim());
	// Updates wait for the person's "reload" (registerType 'prompt', client/pwa/update.svelte.ts).
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
