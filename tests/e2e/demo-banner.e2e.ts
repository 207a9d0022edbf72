import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';
import { serviceWorkerReady, severeViolations, signInWithPin, unlockWithPin } from './support';

let demoServer: RunningServer;
let realServer: RunningServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	[demoServer, realServer, browser] = await Promise.all([
		startServer(),
		startServer({ DEMO_DATA: 'false' }),
		launchChromium()
	]);
});

afterAll(async () => {
	await browser?.close();
	await demoServer?.stop();
	await realServer?.stop();
});

afterEach(async () => {
	await context?.close();
});

const phone = { width: 390, height: 844 };

async function newPage(viewport = phone, locale?: string): Promise<Page> {
	context = await browser.newContext({ viewport });
	if (locale) {
		await context.addInitScript((saved) => localStorage.setItem('lahelle.locale', saved), locale);
	}
	return context.newPage();
}

const banner = (page: Page) =>
	page.getByRole('status').filter({ hasText: /Demopalvelin|Demoserver|Demo server/ });

/** The banner's height in CSS pixels: at most two short lines, so the page keeps the screen. */
const height = (page: Page) =>
	banner(page).evaluate((element) => element.getBoundingClientRect().height);

describe('demo banner', () => {
	it('warns on the sign-in page and every staff page, offline too, in two lines on a phone', async () => {
		const page = await newPage();
		await page.goto(`${demoServer.url}/app`);
		await page.waitForURL(/\/app\/login$/);
		await expect
			.poll(async () => (await banner(page).textContent())?.trim())
			.toBe('Demopalvelin: Demotunnusten salasana on julkinen. Älä tallenna oikeita tietoja.');

		await signInWithPin(page, demoServer.url);
		await banner(page).waitFor();
		expect(await height(page)).toBeLessThanOrEqual(56);
		expect(await severeViolations(page)).toEqual([]);
		for (const [tab, heading] of [
			['Hakemisto', 'Asiantuntijahakemisto'],
			['Lisää', 'Lisää']
		]) {
			await page
				.getByRole('navigation', { name: 'Päävalikko' })
				.getByRole('link', { name: tab })
				.click();
			await page.getByRole('heading', { name: heading, exact: true, level: 1 }).waitFor();
			expect(await banner(page).isVisible()).toBe(true);
		}

		// Offline the device still knows: the flag is kept with the profile.
		await serviceWorkerReady(page);
		await context.setOffline(true);
		await page.reload();
		await unlockWithPin(page);
		expect(await banner(page).isVisible()).toBe(true);
		await context.setOffline(false);
	});

	it.each([
		['sv', 'Demoserver: Demokontonas lösenord är offentligt. Spara inga riktiga uppgifter.'],
		['en', "Demo server: The demo accounts' password is public. Do not enter real information."]
	])('speaks %s, in one line on a laptop', async (locale, text) => {
		const page = await newPage({ width: 1366, height: 768 }, locale);
		await page.goto(`${demoServer.url}/app/login`);
		await expect.poll(async () => (await banner(page).textContent())?.trim()).toBe(text);
		expect(await height(page)).toBeLessThanOrEqual(36);
	});

	it('is not there on a server without demo accounts', async () => {
		const page = await newPage();
		await page.goto(`${realServer.url}/app/login`);
		await page.getByRole('button', { name: 'Kirjaudu' }).waitFor();
		await page.waitForLoadState('networkidle');
		expect(await page.getByText('Demopalvelin').count()).toBe(0);
	});
});
