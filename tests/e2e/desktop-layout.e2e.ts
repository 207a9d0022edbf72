import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo } from '../support/api-client';
import { severeViolations, useApp } from './support';

const app = useApp();
const desktop = { width: 1366, height: 768 };
const phone = { width: 390, height: 844 };

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Päävalikko' });

async function box(locator: Locator) {
	const found = await locator.boundingBox();
	if (!found) throw new Error('not drawn');
	return found;
}

/** How far the page reaches past the window's right edge (0: no sideways scrolling). */
const overflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe("the coordinator's desktop (1366×768)", () => {
	it('has a side navigation, the board as seven columns in a row and a two-column case page', async () => {
		const page = await app.signedIn({ email: demo.coordinator, viewport: desktop });

		// The coordinator's tools are in the side navigation, not behind "More"; no bottom tabs.
		const nav = mainMenu(page);
		await expect(nav.evaluate((element) => element.classList.contains('side-nav'))).resolves.toBe(
			true
		);
		for (const name of ['Työpöytä', 'Konsultaatiot', 'Tilastot', 'Hakemisto', 'Ylläpito']) {
			expect(await nav.getByRole('link', { name }).isVisible()).toBe(true);
		}
		expect(await page.locator('.bottom-nav').isVisible()).toBe(false);
		// No room is kept for the bottom tabs, and the sync badge ends where the page ends.
		expect(
			await page.locator('.app-shell').evaluate((shell) => getComputedStyle(shell).paddingBottom)
		).toBe('0px');
		const badge = await box(page.locator('.sync-badge'));
		const heading = await box(page.getByRole('heading', { name: 'Tervetuloa' }));
		expect(Math.abs(badge.x + badge.width - (heading.x + heading.width))).toBeLessThan(2);

		// The desk: the call beside today's calls, the follow-ups and the directory's search.
		await nav.getByRole('link', { name: 'Työpöytä' }).click();
		await page.waitForURL(/\/app\/desk$/);
		const incoming = page.getByRole('button', { name: /Saapuva puhelu/ });
		const search = page.getByRole('searchbox', { name: 'Hae hakemistosta' });
		await search.waitFor();
		expect((await box(search)).x).toBeGreaterThan((await box(incoming)).x + 400);
		expect(await overflow(page)).toBe(0);

		// The board: seven stage columns side by side, their tops level, scrolling in a region.
		await nav.getByRole('link', { name: 'Konsultaatiot' }).click();
		await page
			.locator('.consultation-board .consultation-card')
			.first()
			.waitFor({ timeout: 30_000 });
		const columns = page.locator('.consultation-board .stage-column');
		expect(await columns.count()).toBe(7);
		const boxes = await Promise.all((await columns.all()).map(box));
		expect(new Set(boxes.map((column) => Math.round(column.y))).size).toBe(1);
		for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.x).toBeGreaterThan(boxes[i - 1]!.x);
		expect(await overflow(page)).toBe(0);
		// Keyboard: the board takes the focus and the arrow keys scroll it sideways.
		const board = page.getByRole('region', { name: 'Vaiheet' });
		await board.focus();
		await page.keyboard.press('ArrowRight');
		await expect
			.poll(() => board.evaluate((element) => element.scrollLeft), { timeout: 5_000 })
			.toBeGreaterThan(0);
		expect(await severeViolations(page)).toEqual([]);

		// The case page: the request beside the matching, the plan, the timeline and the notes.
		await page.locator('.stage-column .consultation-card a').first().click();
		await page.waitForURL(/\/app\/cases\/[^/]+$/);
		const request = page.getByRole('heading', { name: 'Pyyntö', level: 2 });
		const suggestions = page.getByRole('heading', { name: 'Ehdotetut asiantuntijat' });
		await suggestions.waitFor();
		const [left, right] = [await box(request), await box(suggestions)];
		expect(right.x).toBeGreaterThan(left.x + 300);
		expect(Math.abs(right.y - left.y)).toBeLessThan(200);
		expect(
			await nav.getByRole('link', { name: 'Konsultaatiot' }).getAttribute('aria-current')
		).toBe('page');
		expect(await overflow(page)).toBe(0);
	});
});

describe('the phone (390×844)', () => {
	it('keeps the bottom tabs and no side navigation', async () => {
		const page = await app.signedIn({ email: demo.coordinator, viewport: phone });
		const nav = mainMenu(page);
		await expect(nav.evaluate((element) => element.classList.contains('bottom-nav'))).resolves.toBe(
			true
		);
		const tabs = await Promise.all(
			['Hakemisto', 'Kirjaa', 'Pyynnöt', 'Lisää'].map((name) =>
				box(nav.getByRole('link', { name }))
			)
		);
		// One row at the bottom of the screen.
		expect(new Set(tabs.map((tab) => Math.round(tab.y))).size).toBe(1);
		expect(tabs[0]!.y).toBeGreaterThan(phone.height - 100);
		expect(await page.locator('.side-nav').isVisible()).toBe(false);
		expect(await overflow(page)).toBe(0);
		// One line of header, the sync badge in it.
		expect((await box(page.locator('.app-header'))).height).toBeLessThanOrEqual(56);
		expect(await page.locator('.app-header .sync-badge').isVisible()).toBe(true);
	});
});
