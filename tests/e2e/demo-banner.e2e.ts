import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
	serviceWorkerReady,
	severeViolations,
	signInWithPin,
	unlockWithPin,
	useApp,
	useServer
} from './support';

/** The demo server (the quick start's) and, beside it, one without the demo accounts. */
const app = useApp();
const realServer = useServer({ DEMO_DATA: 'false' });

const phone = { width: 390, height: 844 };

async function newPage(viewport = phone, locale?: string): Promise<Page> {
	const page = await app.newPage({ viewport });
	if (locale) {
		await page
			.context()
			.addInitScript((saved) => localStorage.setItem('lahelle.locale', saved), locale);
	}
	return page;
}

const banner = (page: Page) =>
	page.getByRole('status').filter({ hasText: /Demopalvelin|Demoserver|Demo server/ });

/** The banner's height in CSS pixels: at most two short lines, so the page keeps the screen. */
const height = (page: Page) =>
	banner(page).evaluate((element) => element.getBoundingClientRect().height);

describe('demo banner', () => {
	it('warns on the sign-in page and every staff page, offline too, in two lines on a phone', async () => {
		const page = await newPage();
		await page.goto(`${app.url}/app`);
		await page.waitForURL(/\/app\/login$/);
		await expect
			.poll(async () => (await banner(page).textContent())?.trim())
			.toBe('Demopalvelin: Demotunnusten salasana on julkinen. Älä tallenna oikeita tietoja.');

		await signInWithPin(page, app.url);
		await banner(page).waitFor();
		expect(await height(page)).toBeLessThanOrEqual(56);
		expect(await severeViolations(page)).toEqual([]);
		for (const [tab, heading] of [
			['Hakemisto', 'Asiantuntijapankki'],
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
		await page.context().setOffline(true);
		await page.reload();
		await unlockWithPin(page);
		expect(await banner(page).isVisible()).toBe(true);
		await page.context().setOffline(false);
	});

	it.each([
		['sv', 'Demoserver: Demokontonas lösenord är offentligt. Spara inga riktiga uppgifter.'],
		['en', "Demo server: The demo accounts' password is public. Do not enter real information."]
	])('speaks %s, in one line on a laptop', async (locale, text) => {
		const page = await newPage({ width: 1366, height: 768 }, locale);
		await page.goto(`${app.url}/app/login`);
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
