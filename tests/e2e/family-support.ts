import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { allPagePaths, settings } from '$lib/family/content.server';
import { familyLanguages, familyPath } from '$lib/family/languages';
import { FAMILY_PAGES_CACHE, OFFLINE_PAGES_ID } from '$lib/family/site';
import type { E2eApp } from './support';

/** Every prerendered family page: each language's front page and every topic in it. */
export const familyPagePaths = (): string[] => [
	...familyLanguages.map((lang) => familyPath(lang)),
	...allPagePaths().map(({ lang, slug }) => familyPath(lang, slug))
];

export const quickExitUrl = settings.quickExitUrl;

/**
 * A phone-sized context (closed after the test) whose requests to the quick-exit site are
 * answered locally (tests never reach the internet), with any other outside request recorded
 * as a failure.
 */
export async function familyContext(
	app: E2eApp,
	options: { javaScriptEnabled?: boolean; serviceWorkers?: 'allow' | 'block' } = {}
): Promise<{ context: BrowserContext; outside: string[] }> {
	const context = await app.newContext(options);
	const outside: string[] = [];
	const exitOrigin = new URL(quickExitUrl).origin;
	await context.route(
		(url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1',
		async (route) => {
			const url = route.request().url();
			if (url.startsWith(exitOrigin)) {
				await route.fulfill({
					contentType: 'text/html',
					body: '<!doctype html><title>Sää</title><p>Neutral page</p>'
				});
				return;
			}
			outside.push(url);
			await route.abort();
		}
	);
	return { context, outside };
}

/**
 * Waits until the family service worker is active and the offline copies are stored: the
 * services list and every page this page lists for its language.
 */
export async function offlineReady(page: Page) {
	await expect
		.poll(
			() =>
				page.evaluate(
					async ({ listId, pagesCache }) => {
						const registration = await navigator.serviceWorker.getRegistration();
						// Active is enough: the next page load is served by it.
						if (registration?.active?.state !== 'activated') return false;
						if (!(await caches.match('/api/v1/public/services'))) return false;
						const listed = document.getElementById(listId)?.dataset.json;
						const pages = JSON.parse(listed ?? '[]') as string[];
						if (pages.length === 0) return false;
						for (const path of pages) {
							if (!(await caches.match(path, { cacheName: pagesCache }))) return false;
						}
						return true;
					},
					{ listId: OFFLINE_PAGES_ID, pagesCache: FAMILY_PAGES_CACHE }
				),
			{ timeout: 30_000, interval: 250 }
		)
		.toBe(true);
}
