import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
	[server, browser] = await Promise.all([startServer(), launchChromium()]);
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

describe('family pages', () => {
	it.each([
		['/', 'fi', 'Tukea eroperheille'],
		['/sv', 'sv', 'Stöd för familjer som separerar'],
		['/en', 'en', 'Support for separating families']
	])('%s is complete with JavaScript off, in its language', async (path, lang, heading) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const response = await page.goto(server.url + path);
		expect(response?.status()).toBe(200);
		expect(await page.getAttribute('html', 'lang')).toBe(lang);
		expect(await page.textContent('h1')).toBe(heading);
		expect(await page.locator('text=112').count()).toBeGreaterThan(0);
		// No framework JavaScript: only the tiny service-worker registration.
		const scripts = await page.$$eval('script[src]', (nodes) =>
			nodes.map((node) => node.getAttribute('src'))
		);
		expect(scripts).toEqual(['/sw-register.js']);
		expect(await context.cookies()).toEqual([]);
		await context.close();
	});

	it('switches language by link and keeps hreflang alternates', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(server.url + '/');
		await page.getByRole('link', { name: 'Svenska' }).click();
		await page.waitForURL(/\/sv$/);
		expect(await page.getAttribute('html', 'lang')).toBe('sv');
		const alternates = await page.$$eval('link[rel=alternate]', (nodes) =>
			nodes.map((node) => node.getAttribute('hreflang'))
		);
		expect(alternates).toEqual(['fi', 'sv', 'en']);
		await context.close();
	});

	it('has no serious or critical accessibility violations on /', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(server.url + '/');
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		const severe = results.violations.filter(
			(v) => v.impact === 'serious' || v.impact === 'critical'
		);
		expect(severe.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		await context.close();
	});
});
