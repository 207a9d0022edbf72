import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/messages/en';
import { fi } from '../../src/lib/i18n/messages/fi';
import { sv } from '../../src/lib/i18n/messages/sv';
import { enDesk } from '../../src/lib/i18n/messages/desk.en';
import { fiDesk } from '../../src/lib/i18n/messages/desk.fi';
import { svDesk } from '../../src/lib/i18n/messages/desk.sv';
import { enConsultation } from '../../src/lib/i18n/messages/consultation.en';
import { fiConsultation } from '../../src/lib/i18n/messages/consultation.fi';
import { svConsultation } from '../../src/lib/i18n/messages/consultation.sv';
import { enRecords } from '../../src/lib/i18n/messages/records.en';
import { fiRecords } from '../../src/lib/i18n/messages/records.fi';
import { svRecords } from '../../src/lib/i18n/messages/records.sv';
import { enStats } from '../../src/lib/i18n/messages/stats.en';
import { fiStats } from '../../src/lib/i18n/messages/stats.fi';
import { svStats } from '../../src/lib/i18n/messages/stats.sv';
import { demo } from '../support/api-client';
import { unlockWithPin, useApp } from './support';

/**
 * Issue 17, "On the phone": every screen a worker or a coordinator uses fits a 390 px phone in
 * each language (no sideways scrolling, every bottom tab on screen), has its own window title
 * once signed in, and on the log form Save is in reach without scrolling and Undo is not under
 * the tabs.
 */
const app = useApp();
const phone = { width: 390, height: 844 };

const languages = [
	{
		code: 'fi',
		name: 'Suomi',
		text: { ...fi, ...fiDesk, ...fiConsultation, ...fiRecords, ...fiStats }
	},
	{
		code: 'sv',
		name: 'Svenska',
		text: { ...sv, ...svDesk, ...svConsultation, ...svRecords, ...svStats }
	},
	{
		code: 'en',
		name: 'English',
		text: { ...en, ...enDesk, ...enConsultation, ...enRecords, ...enStats }
	}
] as const;
type Language = (typeof languages)[number];

/** Signed in at 390×844 through the Finnish sign-in page, then switched to `language`. */
async function phoneIn(language: Language, email: string = demo.worker): Promise<Page> {
	const page = await app.signedIn({ email, viewport: phone, path: '/app/more' });
	await page.getByRole('radio', { name: language.name }).check();
	await expect.poll(() => page.getAttribute('html', 'lang')).toBe(language.code);
	return page;
}

/** A move through the bottom tabs, as a thumb makes it (no reload). */
async function tab(page: Page, href: string) {
	await page.locator(`.bottom-nav a[href="${href}"]`).click();
	await page.waitForURL((url) => url.pathname === href);
}

/** A page the tabs do not reach: opened by its address, then unlocked. */
async function open(page: Page, language: Language, path: string) {
	await page.goto(app.url + path);
	await unlockWithPin(page, undefined, language.text['pin.unlock']);
}

/** Whether the point at the centre of `target` is `target` itself or inside it (not covered). */
const onTop = (target: Locator) =>
	target.evaluate((element) => {
		const box = element.getBoundingClientRect();
		const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
		return !!hit && element.contains(hit);
	});

/** What every screen must be on a phone: as wide as the window, its tabs on it, its title. */
async function fitsThePhone(page: Page, language: Language, title: string) {
	await expect.poll(() => page.textContent('h1')).toBe(title);
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width, `${page.url()} in ${language.code} is ${width} px wide`).toBeLessThanOrEqual(
		phone.width
	);
	const tabs = page.locator('.bottom-nav a');
	expect(await tabs.count()).toBeGreaterThanOrEqual(3);
	for (const link of await tabs.all()) {
		const box = (await link.boundingBox())!;
		const name = (await link.textContent()) ?? '';
		expect(box.x, name).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width, name).toBeLessThanOrEqual(phone.width + 0.5);
		expect(box.y + box.height).toBeLessThanOrEqual(phone.height + 0.5);
	}
	expect(await page.title()).toBe(`${title} · Lähelle`);
}

/**
 * The statistics tables on a phone: every column header is whole — not cut, not running out
 * of its cell, no word broken inside — and a table wider than the screen scrolls sideways in
 * a named region that the keyboard can focus.
 */
async function statsHeadersRead(page: Page, language: Language) {
	await page.locator('main table thead th').first().waitFor({ timeout: 30_000 });
	const tables = await page.evaluate(() =>
		[...document.querySelectorAll('main table')].map((table) => {
			const region = table.closest('.scroll-region');
			const range = document.createRange();
			const headers = [...table.querySelectorAll('thead th')].map((th) => {
				const broken: string[] = [];
				const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					for (const word of node.textContent!.matchAll(/\p{L}+/gu)) {
						range.setStart(node, word.index);
						range.setEnd(node, word.index + word[0].length);
						const lines = new Set(
							[...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))
						);
						if (lines.size > 1) broken.push(word[0]);
					}
				}
				return {
					text: (th.textContent ?? '').replace(/\s+/g, ' ').trim(),
					overflows: th.scrollWidth > th.clientWidth + 1,
					broken
				};
			});
			return {
				headers,
				region: region
					? {
							focusable: region.getAttribute('tabindex') === '0',
							role: region.getAttribute('role'),
							label: region.getAttribute('aria-label') ?? ''
						}
					: null
			};
		})
	);
	expect(tables.length, language.code).toBeGreaterThanOrEqual(4);
	for (const table of tables) {
		for (const header of table.headers) {
			expect(header, `${language.code}: ${header.text}`).toMatchObject({
				overflows: false,
				broken: []
			});
		}
		// Every table is in a region: one wider than the phone is reached by scrolling it.
		expect(table.region).toMatchObject({
			focusable: true,
			role: 'region',
			label: expect.stringMatching(/\S/)
		});
	}
}

describe("a field worker's screens on a 390 px phone", () => {
	for (const language of languages) {
		it(`fit, keep Save and Undo in reach and have their own titles (${language.code})`, async () => {
			const page = await phoneIn(language);
			const t = language.text;
			await fitsThePhone(page, language, t['more.title']);

			await tab(page, '/app/directory');
			await fitsThePhone(page, language, t['directory.title']);

			// The log form is long: its Save sticks above the tabs, on screen from the start.
			await tab(page, '/app/log');
			await fitsThePhone(page, language, t['log.title']);
			expect(await page.evaluate(() => window.scrollY)).toBe(0);
			const save = page.getByRole('button', { name: t['contact.save'] });
			const saveBox = (await save.boundingBox())!;
			expect(saveBox.y).toBeGreaterThanOrEqual(0);
			expect(saveBox.y + saveBox.height).toBeLessThanOrEqual(phone.height);
			expect(await onTop(save)).toBe(true);
			await page.getByRole('textbox', { name: t['contact.note'] }).fill('puhelimen testi');
			await save.click();
			const undo = page.getByRole('button', { name: t['contact.undo'] });
			await undo.waitFor();
			expect(await onTop(undo)).toBe(true);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(phone.width);

			await tab(page, '/app/requests');
			await fitsThePhone(page, language, t['requests.title']);
			// A new request starts from the list and opens its steps on a page of its own.
			await page.getByRole('button', { name: t['records.new'] }).click();
			await page.waitForURL(/\/app\/requests\/[0-9a-f-]{36}$/);
			await fitsThePhone(page, language, t['requests.title']);

			await open(page, language, '/app/sync');
			await fitsThePhone(page, language, t['records.sync.title']);

			// The narrowest phones: the tabs still fit, each name wrapping rather than pushing.
			await page.setViewportSize({ width: 320, height: 640 });
			await tab(page, '/app/more');
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
			for (const link of await page.locator('.bottom-nav a').all()) {
				const box = (await link.boundingBox())!;
				expect(box.x).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width).toBeLessThanOrEqual(320.5);
			}
		});
	}
});

describe("a coordinator's screens on a 390 px phone", () => {
	for (const language of languages) {
		it(`fit and have their own titles (${language.code})`, async () => {
			const page = await phoneIn(language, demo.coordinator);
			const t = language.text;
			await open(page, language, '/app/desk');
			await fitsThePhone(page, language, t['desk.title']);
			await open(page, language, '/app/cases');
			await fitsThePhone(page, language, t['consultation.boardTitle']);
			await open(page, language, '/app/stats');
			await fitsThePhone(page, language, t['stats.title']);
			await statsHeadersRead(page, language);
		});
	}
});
