import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from '../../tests/support/browser.js';
import { startServer } from '../../tests/support/server.js';
import { largeDirectory, signInWithPin } from '../support/app-browser.js';

const SIZE = { experts: 5000, services: 3000 };
const NEW_NAME = 'Veikko Uusinimi';
// The User Timing measure the app leaves as its index follows the directory (client/search).
const UPDATE_MEASURE = 'lahelle:search-index-update';
const LONG = { timeout: 120_000 };

/**
 * One changed directory entry on a phone holding a large directory (5 000 experts + 3 000
 * services, as bench/measures/search.js): a coordinator renames an expert; the Directory tab
 * is opened again, which pulls the change, and the new name is typed at once. Measured: from
 * the tab's click until the search shows the entry by its new name, and, of that, how long the
 * search index took to take the change in (incrementally, not rebuilt: checked).
 */
export async function directoryChange() {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'lahelle-bench-directory-change-'));
	let server;
	let browser;
	try {
		await largeDirectory({ DATA_DIR: dataDir, DATABASE_URL: '' }, SIZE);
		[server, browser] = await Promise.all([
			startServer({ DATA_DIR: dataDir, DATABASE_URL: '' }),
			launchChromium()
		]);
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		const change = await changeOneEntry(page, server.url);
		await context.close();
		return [
			{
				metric: 'directory: one changed entry, Directory tab opened → found by new name (ms)',
				value: change.ms,
				target: null
			},
			{
				metric: 'directory: of that, search index update for the change (ms)',
				value: change.updateMs,
				target: 100
			}
		];
	} finally {
		await browser?.close();
		await server?.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

async function changeOneEntry(page, url) {
	await signInWithPin(page, url, 'coordinator@example.fi');
	await page.waitForURL(/\/app$/, LONG);
	const nav = page.getByRole('navigation', { name: 'Päävalikko' });
	await nav.getByRole('link', { name: 'Hakemisto' }).click();
	// The directory downloaded, its index built and saved.
	await page
		.locator('#directory-results .results[data-results-for=""]')
		.waitFor({ state: 'attached', ...LONG });
	await page.waitForFunction(
		() => performance.getEntriesByName('lahelle:search-index-ready').length
	);

	// The coordinator renames an expert (through the API the directory editor uses).
	const renamed = await page.evaluate(async (name) => {
		const db = await new Promise((resolve, reject) => {
			const open = indexedDB.open('ref');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const expert = await new Promise((resolve) => {
			const request = db.transaction('experts').objectStore('experts').openCursor();
			request.onsuccess = () => resolve(request.result.value);
		});
		db.close();
		const { id, version, updatedAt: _updatedAt, ...fields } = expert;
		const response = await fetch(`/api/v1/admin/directory/experts/${id}`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ ...fields, name, baseVersion: version })
		});
		return { status: response.status, id, text: response.ok ? '' : await response.text() };
	}, NEW_NAME);
	if (renamed.status !== 200) throw new Error(`rename answered ${renamed.status}: ${renamed.text}`);

	await nav.getByRole('link', { name: 'Lisää' }).click();
	await page.waitForURL(/\/app\/more$/);
	await page.evaluate((name) => performance.clearMeasures(name), UPDATE_MEASURE);
	const started = performance.now();
	await nav.getByRole('link', { name: 'Hakemisto' }).click();
	await page.locator('#directory-search').fill('uusinimi');
	await page
		.locator('#directory-results .results[data-results-for="uusinimi"]')
		.getByText(NEW_NAME)
		.first()
		.waitFor(LONG);
	const ms = Math.round(performance.now() - started);
	const update = await page.evaluate((name) => {
		const entry = performance.getEntriesByName(name).at(-1);
		return entry && { duration: entry.duration, detail: entry.detail };
	}, UPDATE_MEASURE);
	if (!update?.detail?.caughtUp) throw new Error('the index was rebuilt, not updated');
	return { ms, updateMs: Math.round(update.duration * 10) / 10 };
}
