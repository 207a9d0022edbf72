import { describe, expect, it } from 'vitest';
import { PLAN_STORAGE_KEY } from '$lib/family/plan';
import { familyContext, offlineReady, quickExitUrl } from './family-support';
import { useApp } from './support';

const app = useApp();

describe('quick exit', () => {
	it.each([
		[
			'the button',
			(page: import('playwright-core').Page) =>
				page.getByRole('link', { name: 'Poistu nopeasti' }).click()
		],
		['Escape', (page: import('playwright-core').Page) => page.keyboard.press('Escape')],
		[
			'Shift three times',
			async (page: import('playwright-core').Page) => {
				for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
			}
		]
	])('leaves with %s, and Back does not return to the page left', async (_how, leave) => {
		const { context, outside } = await familyContext(app);
		const page = await context.newPage();
		await page.goto(`${app.url}/`);
		await page.getByRole('link', { name: 'Väkivaltaa, tai pelkään' }).click();
		await page.waitForURL(/\/vakivalta$/);
		await leave(page);
		await page.waitForURL(quickExitUrl);
		expect(await page.textContent('p')).toBe('Neutral page');
		await page.goBack();
		// The violence page was replaced in the history: Back skips it.
		expect(new URL(page.url()).pathname).toBe('/');
		expect(outside).toEqual([]);
	});

	it('does not leave while someone types capitals into a field', async () => {
		const { context } = await familyContext(app);
		const page = await context.newPage();
		await page.goto(`${app.url}/apua`);
		await page.locator('#finder-place').pressSequentially('TAMPERE');
		await page.keyboard.press('Shift+A');
		// Escape in a text field closes the suggestion list; it must not take the page away.
		await page.keyboard.press('Escape');
		await page.locator('#finder-place').pressSequentially('x');
		expect(new URL(page.url()).pathname).toBe('/apua');
		expect(await page.locator('#finder-place').inputValue()).toBe('TAMPEREAx');
	});

	it('leaves on Shift three times even while the reader types in a field', async () => {
		const { context } = await familyContext(app);
		const page = await context.newPage();
		await page.goto(`${app.url}/apua`);
		await page.locator('#finder-place').pressSequentially('Tam');
		for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
		await page.waitForURL(quickExitUrl);
		expect(await page.textContent('p')).toBe('Neutral page');
	});
});

describe('online safety page', () => {
	it('removes the kept pages, the services list, the plan and the service worker', async () => {
		const { context } = await familyContext(app);
		const page = await context.newPage();
		// A worker's phone: the staff app's worker and precache are not the family pages' to remove.
		await page.goto(`${app.url}/app/login`);
		const staffScope = await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			return registration.scope;
		});
		await page.goto(`${app.url}/vanhemmuussuunnitelma`);
		await page.getByLabel('Raha-asiat', { exact: true }).fill('Jaetaan kulut puoliksi.');
		await page.locator('[data-plan-status]').filter({ hasText: 'Tallennettu' }).waitFor();
		await offlineReady(page);
		expect(await page.evaluate(() => caches.keys())).not.toEqual([]);

		await page.goto(`${app.url}/turvallisuus`);
		await page.getByRole('button', { name: 'Poista sivuston tiedot' }).click();
		await page.locator('[data-clear-status]').filter({ hasText: 'Valmis.' }).waitFor();
		const left = await page.evaluate(
			async (key) => ({
				caches: await caches.keys(),
				workers: (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope),
				plan: localStorage.getItem(key)
			}),
			PLAN_STORAGE_KEY
		);
		expect(left).toEqual({
			caches: [`workbox-precache-v2-${staffScope}`],
			workers: [staffScope],
			plan: null
		});
		expect(await context.cookies()).toEqual([]);
	}, 60_000);
});
