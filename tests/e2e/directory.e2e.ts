import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { severeViolations, unlockWithPin, useApp } from './support';

const app = useApp();

/** A signed-in worker on the Directory tab, with the demo directory downloaded and indexed. */
async function openDirectory(): Promise<Page> {
	const page = await app.signedIn();
	await page
		.getByRole('navigation', { name: 'Päävalikko' })
		.getByRole('link', { name: 'Hakemisto' })
		.click();
	await page.getByText('Hakemistossa on 88 asiantuntijaa').waitFor({ timeout: 20_000 });
	return page;
}

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Hae hakemistosta' });
const status = (page: Page) => page.locator('#directory-status');
const rows = (page: Page) => page.locator('#directory-results .results > ul > li');
const rowNames = (page: Page) => rows(page).locator(':scope > div > a').allTextContents();

/** Types like a person, key by key, and waits until the list answers the whole text. */
async function typeQuery(page: Page, text: string) {
	await searchBox(page).fill('');
	await searchBox(page).pressSequentially(text);
	await page.locator(`.results[data-results-for="${text}"][aria-busy="false"]`).waitFor();
}

const countIn = async (page: Page) => Number((await status(page).textContent())?.match(/\d+/)?.[0]);

describe('directory search on the phone', () => {
	it('finds places typed without dots and names with a typo, and announces the count', async () => {
		const page = await openDirectory();
		await expect.poll(() => rows(page).count()).toBe(25);

		await typeQuery(page, 'hameenlinna');
		expect(await status(page).getAttribute('aria-live')).toBe('polite');
		expect(await status(page).textContent()).toMatch(/^\d+ osumaa$/);
		const names = await rowNames(page);
		expect(names[0]).toContain('Hämeenlinna');

		await typeQuery(page, 'korhnen');
		const found = await rowNames(page);
		expect(found.length).toBeGreaterThan(0);
		for (const name of found) expect(name).toContain('Korhonen');

		await typeQuery(page, 'lastenpsykiatir');
		expect(await rows(page).first().textContent()).toContain('Lastenpsykiatri');

		// Each row calls with one tap.
		const call = rows(page)
			.first()
			.getByRole('link', { name: /^Soita: / });
		expect(await call.getAttribute('href')).toMatch(/^tel:0400001\d{3}$/);
	});

	it('narrows results with filters and clears them again', async () => {
		const page = await openDirectory();
		await typeQuery(page, 'perhe');
		const all = await countIn(page);

		await page.getByText('Rajaa hakua').click();
		await page.getByLabel('Tyyppi').selectOption({ label: 'Palvelu' });
		await expect.poll(() => countIn(page)).toBeLessThan(all);
		const services = await countIn(page);
		for (const href of await rows(page)
			.locator(':scope > div > a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
			expect(href).toMatch(/^\/app\/directory\/service\//);
		}

		await page.getByLabel('Hyvinvointialue').selectOption({ label: 'Kanta-Häme' });
		await expect.poll(() => countIn(page)).toBeLessThan(services);
		expect(await page.getByText('Rajaa hakua (2 valittu)').count()).toBe(1);

		await page.getByRole('button', { name: 'Poista rajaukset' }).click();
		await expect.poll(() => countIn(page)).toBe(all);
	});

	it('opens an expert, calls, e-mails and asks for a consultation; the page opens offline', async () => {
		const page = await openDirectory();
		await typeQuery(page, 'lakimies');
		const first = rows(page).first().locator(':scope > div > a');
		const name = (await first.textContent())!.trim();
		await first.click();
		await page.waitForURL(/\/app\/directory\/expert\/[0-9a-f-]+$/);
		const id = page.url().split('/').pop();
		await expect.poll(() => page.textContent('h1')).toBe(name);

		expect(await page.getByRole('link', { name: /^Soita 040 000/ }).getAttribute('href')).toMatch(
			/^tel:0400001\d{3}$/
		);
		expect(
			await page.getByRole('link', { name: /^Lähetä sähköpostia/ }).getAttribute('href')
		).toMatch(/^mailto:.+@example\.fi$/);
		expect(
			await page.getByRole('link', { name: 'Pyydä konsultaatiota' }).getAttribute('href')
		).toBe(`/app/requests?expert=${id}`);
		expect(await severeViolations(page)).toEqual([]);

		await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
		await page.context().setOffline(true);
		await page.reload();
		await unlockWithPin(page);
		await expect.poll(() => page.textContent('h1')).toBe(name);
		expect(await page.getByRole('link', { name: /^Soita 040 000/ }).count()).toBe(1);

		// Back in the list, offline, the search still answers from the saved index.
		await page.getByRole('link', { name: /Takaisin hakuun/ }).click();
		await typeQuery(page, 'hameenlinna');
		expect((await rowNames(page))[0]).toContain('Hämeenlinna');
		await page.context().setOffline(false);
	});

	it('shows a group with its next meeting and members', async () => {
		const page = await openDirectory();
		await page.getByText('Rajaa hakua').click();
		await page.getByLabel('Tyyppi').selectOption({ label: 'Asiantuntijaryhmä' });
		await expect.poll(() => countIn(page)).toBe(10);
		await rows(page).first().locator(':scope > div > a').click();
		await page.waitForURL(/\/app\/directory\/group\/[0-9a-f-]+$/);
		const id = page.url().split('/').pop();

		await page.getByRole('heading', { name: 'Seuraava kokous' }).waitFor();
		expect(await page.locator('.next-meeting').textContent()).toMatch(
			/^[a-z]{2} \d{1,2}\.\d{1,2}\.\d{4} klo 13\.00–15\.00$/
		);
		expect(
			await page.getByRole('link', { name: 'Pyydä konsultaatiota' }).getAttribute('href')
		).toBe(`/app/requests?group=${id}`);
		const member = page.locator('.people a').first();
		await member.click();
		await page.waitForURL(/\/app\/directory\/expert\//);
		await page.getByRole('heading', { level: 1 }).waitFor();
	});

	it('opens a unit and a service on the same detail page, titled by name; other kinds are no page', async () => {
		const page = await openDirectory();
		const filters = page.locator('details.filters');
		for (const [label, kind, fact] of [
			['Kivijalkayksikkö', 'unit', 'Kivijalkayksikkö'],
			['Palvelu', 'service', 'Palveluntuottaja']
		] as const) {
			if (!(await filters.evaluate((details: HTMLDetailsElement) => details.open))) {
				await filters.locator('summary').click();
			}
			await page.getByRole('combobox', { name: /^Tyyppi/ }).selectOption({ label });
			// The first row once the list shows only this kind.
			const first = rows(page).first().locator(`:scope > div > a[href^="/app/directory/${kind}/"]`);
			await first.waitFor();
			const name = (await first.textContent())!.trim();
			await first.click();
			await page.waitForURL(new RegExp(`/app/directory/${kind}/[0-9a-f-]+$`));
			await expect.poll(() => page.textContent('h1')).toBe(name);
			expect(await page.title()).toBe(`${name} · Lähelle`);
			expect(await page.locator('article').textContent()).toContain(fact);
			await page.goBack();
		}

		// Served by the server or, once installed, from the service worker's app shell: 404 either way.
		await page.goto(`${app.url}/app/directory/person/${crypto.randomUUID()}`);
		await expect.poll(() => page.textContent('h1')).toBe('404');
	});

	it('has no serious or critical accessibility violations on the search with filters open', async () => {
		const page = await openDirectory();
		await page.getByText('Rajaa hakua').click();
		await page.getByLabel('Tyyppi').selectOption({ label: 'Palvelu' });
		await typeQuery(page, 'tampere');
		expect(await severeViolations(page)).toEqual([]);
	});
});
