import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dumpIndexedDb, severeViolations, signInWithPin, unlockWithPin, useApp } from './support';

const app = useApp();

const READY = 'Valmis käyttöön ilman verkkoa.';
const nav = (page: Page) => page.getByRole('navigation', { name: 'Päävalikko' });
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Hae hakemistosta' });
const rowNames = (page: Page) =>
	page.locator('#directory-results .results > ul > li > div > a').allTextContents();

async function search(page: Page, text: string) {
	await searchBox(page).fill('');
	await searchBox(page).pressSequentially(text);
	await page.locator(`.results[data-results-for="${text}"][aria-busy="false"]`).waitFor();
}

/** The device's copy of a local-database key/value row, straight from IndexedDB. */
async function metaValue(page: Page, database: 'ref' | 'rec', key: string): Promise<unknown> {
	const rows = JSON.parse(await dumpIndexedDb(page))[`${database}/meta`] as
		{ key: string; value: unknown }[] | undefined;
	return rows?.find((row) => row.key === key)?.value;
}

describe('offline from the first sign-in', () => {
	it('gets ready offline in the background, then finds people in the directory with the network cut', async () => {
		const page = await app.signedIn();

		// The app is usable meanwhile: the home screen and its navigation are there at once.
		expect(await nav(page).getByRole('link', { name: 'Hakemisto' }).count()).toBe(1);
		const notice = page.locator('.offline-prep [role=status]');
		await page.getByText(READY).waitFor({ timeout: 60_000 });
		expect(await notice.textContent()).toContain(READY);
		// Ready means every file the app's worker lists is kept (it stores several at a time,
		// src/service-worker/), and that worker already answers this page, never reloaded.
		const worker = await page.evaluate(async () => {
			const script = await (await fetch('/sw.js')).text();
			const cache = await caches.open(`workbox-precache-v2-${location.origin}/app`);
			return {
				listed: script.match(/"url":"/g)?.length ?? 0,
				kept: (await cache.keys()).length,
				controlled: navigator.serviceWorker.controller !== null
			};
		});
		expect(worker.listed).toBeGreaterThan(100);
		expect(worker).toEqual({ listed: worker.listed, kept: worker.listed, controlled: true });

		// The worker leaves the office: no network from here on, the Directory tab never opened.
		await page.context().setOffline(true);
		await nav(page).getByRole('link', { name: 'Hakemisto' }).click();
		await page.waitForURL(/\/app\/directory$/);
		await page.getByText('Hakemistossa on 88 asiantuntijaa').waitFor({ timeout: 10_000 });
		await search(page, 'hameenlinna');
		expect((await rowNames(page))[0]).toContain('Hämeenlinna');
		await search(page, 'korhnen');
		const found = await rowNames(page);
		expect(found.length).toBeGreaterThan(0);
		for (const name of found) expect(name).toContain('Korhonen');

		// A phone that dropped the page in the pocket opens it again from the device.
		await page.reload();
		await unlockWithPin(page);
		await search(page, 'lakimies');
		expect((await rowNames(page)).length).toBeGreaterThan(0);
		// Being ready was said once: a later start catches up quietly.
		expect(await page.locator('.offline-prep').count()).toBe(0);
		await page.context().setOffline(false);
	});

	it('goes on after a reload midway and downloads nothing twice', async () => {
		const page = await app.newPage();
		const context = page.context();
		const snapshots: string[] = [];
		page.on('request', (request) => {
			if (new URL(request.url()).pathname === '/api/v1/directory/snapshot') {
				snapshots.push(request.url());
			}
		});
		// The records never arrive on the first load: the preparation stops there.
		const recordsPull = (url: URL) =>
			url.pathname === '/api/v1/sync/pull' && url.searchParams.get('scope') === 'records';
		await context.route(recordsPull, (route) => route.abort('internetdisconnected'));

		await signInWithPin(page, app.url);
		await page.getByText(/odottaa verkkoyhteyttä \(omat kirjaukset\)/).waitFor({ timeout: 60_000 });
		expect(await page.locator('.offline-prep progress').count()).toBe(1);
		expect(await severeViolations(page)).toEqual([]);
		expect(await metaValue(page, 'ref', 'referenceCursor')).toEqual(expect.any(String));
		expect(await metaValue(page, 'rec', 'offlineReadyAt')).toBeUndefined();

		// Opening the directory meanwhile shares the download already done.
		await nav(page).getByRole('link', { name: 'Hakemisto' }).click();
		await page.getByText('Hakemistossa on 88 asiantuntijaa').waitFor({ timeout: 10_000 });

		await context.unroute(recordsPull);
		await page.reload();
		await unlockWithPin(page);
		await page.getByText(READY).waitFor({ timeout: 60_000 });
		expect(await metaValue(page, 'rec', 'recordsCursor')).toEqual(expect.any(String));
		expect(await metaValue(page, 'rec', 'offlineReadyAt')).toEqual(expect.any(String));
		// One snapshot in all: the reload and the Directory tab only asked what changed since.
		expect(snapshots).toHaveLength(1);

		expect(await severeViolations(page)).toEqual([]);

		// Closed, the notice goes, and the keyboard goes on from the page's start.
		await page.getByRole('button', { name: 'Sulje' }).click();
		expect(await page.locator('.offline-prep').count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
	});
});
