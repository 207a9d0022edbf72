import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { counties } from '$lib/domain/areas';
import { findSource, helpLines, topicSlugs } from '$lib/family/content.server';
import { familyLanguages, familyPath, textDirection } from '$lib/family/languages';
import { chromeMessages } from '$lib/family/messages';
import { familyContext, familyPagePaths, quickExitUrl } from './family-support';
import { useApp } from './support';

const app = useApp();

describe('family pages without JavaScript', () => {
	it.each(familyLanguages)(
		'/%s front page is complete, in its language and direction',
		async (lang) => {
			const { context, outside } = await familyContext(app, { javaScriptEnabled: false });
			const page = await context.newPage();
			const response = await page.goto(app.url + familyPath(lang));
			expect(response?.status()).toBe(200);
			expect(await page.getAttribute('html', 'lang')).toBe(lang);
			expect(await page.getAttribute('html', 'dir')).toBe(textDirection(lang));
			const front = findSource(lang, 'index')!.meta;
			expect(await page.textContent('h1')).toBe(front.title);
			// The decision aid: five situations, the safety routes straight to their pages.
			const cards = page.locator('.cards > li');
			expect(await cards.count()).toBe(5);
			expect(
				await page
					.locator('.cards li.urgent a')
					.evaluateAll((links) => links.map((a) => a.getAttribute('href')))
			).toEqual([
				familyPath(lang, 'vakivalta'),
				familyPath(lang, 'kaappausuhka'),
				`${familyPath(lang, 'apua')}#help-lines`
			]);
			expect(await page.textContent('.emergency-line')).toContain('112');
			// In danger, one tap calls.
			expect(await page.locator('.emergency-line a[href="tel:112"]').count()).toBe(1);
			// Quick exit without JavaScript is a plain link to the neutral site.
			const exit = page.getByRole('link', { name: chromeMessages[lang].quickExit });
			expect(await exit.getAttribute('href')).toBe(quickExitUrl);
			expect(await context.cookies()).toEqual([]);
			expect(outside).toEqual([]);
			await context.close();
		}
	);

	it('reads a topic page, the help lines and 112 with JavaScript off', async () => {
		const { context } = await familyContext(app, { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${app.url}/vakivalta`);
		expect(await page.textContent('h1')).toBe(findSource('fi', 'vakivalta')!.meta.title);
		const numbers = await page
			.locator('#help-lines a.phone[href^="tel:"]')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(numbers).toEqual(helpLines.map((line) => `tel:${line.number.replace(/ /g, '')}`));
		expect(numbers[0]).toBe('tel:112');
		// Every danger notice calls 112 with one tap: the page's own and the help lines'.
		expect(await page.locator('article a[href="tel:112"]').count()).toBeGreaterThanOrEqual(2);
		expect(await page.locator('#help-lines .emergency a[href="tel:112"]').count()).toBe(1);
		expect(await page.locator('.help-next a[href="tel:112"]').count()).toBe(1);
		expect(await page.locator('.help-next a:not([href^="tel:"])').getAttribute('href')).toBe(
			'/apua'
		);
	});

	it('finds services by municipality with a plain form when JavaScript is off', async () => {
		const { context } = await familyContext(app, { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${app.url}/sv/apua`);
		// The typeahead is the browser's own list of real municipality names.
		expect(await page.locator('datalist#finder-places option[value="Tammerfors"]').count()).toBe(1);
		await page.getByLabel('Kommun', { exact: true }).fill('tammerfors');
		await page.getByRole('button', { name: 'Visa tjänster' }).click();
		await page.waitForURL(/\/sv\/palvelut\?kunta=tammerfors$/);
		expect(await page.getAttribute('html', 'lang')).toBe('sv');
		await page.getByRole('heading', { name: 'Tjänster: Tammerfors' }).waitFor();
		const first = page.locator('.service').first();
		expect(await first.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
		expect(await first.textContent()).toMatch(/Språk: /);
		expect(await page.locator('.service').count()).toBeGreaterThan(0);
		// A name that fits several gives choices; a wrong one says so and still gives help lines.
		await page.goto(`${app.url}/palvelut?kunta=Kan`);
		expect(await page.locator('.place-choices a').allTextContents()).toEqual(
			expect.arrayContaining(['Kangasala', 'Kannus'])
		);
		await page.goto(`${app.url}/en/palvelut?kunta=Atlantis`);
		// Said once, the nationwide services and the help lines after it.
		expect(await page.getByText('No municipality called “Atlantis”').count()).toBe(1);
		expect(await page.locator('#help-lines a.phone[href="tel:112"]').count()).toBe(1);
	});

	it('lists each county’s social and crisis emergency number on the help page, with 112', async () => {
		const { context } = await familyContext(app, { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${app.url}/apua`);
		const list = page.locator('details.social-emergency');
		// Folded under the national help lines; it opens without JavaScript.
		expect(await list.locator('ul').isVisible()).toBe(false);
		await list.getByText(chromeMessages.fi.socialEmergencyList).click();
		expect(await list.locator('li').count()).toBe(counties.length);
		const pirkanmaa = list.locator('li[data-county="pirkanmaa"]');
		expect(await pirkanmaa.textContent()).toMatch(/^Pirkanmaa:\s*050 062 5990$/);
		expect(await pirkanmaa.locator('a').getAttribute('href')).toBe('tel:0500625990');
		// A county whose number is not listed yet says where it is.
		expect(await list.locator('li[data-county="satakunta"]').textContent()).toContain(
			chromeMessages.fi.socialEmergencyNoNumber
		);
		expect(await list.locator('a[href="tel:112"]').count()).toBe(1);
		// Swedish readers get the Swedish county names.
		await page.goto(`${app.url}/sv/apua`);
		expect(await page.locator('li[data-county="pirkanmaa"]').textContent()).toMatch(/^Birkaland:/);
	});

	// Every page is translated into every family language; the fallback a new page gets before its
	// translation is rendered in src/routes/(public)/[[lang=lang]]/[slug]/fallback-page.svelte.test.ts.
	it('serves every family page in the reader’s own language, none in a fallback', async () => {
		const { context } = await familyContext(app, { javaScriptEnabled: false });
		const page = await context.newPage();
		for (const lang of familyLanguages) {
			for (const slug of topicSlugs) {
				expect(findSource(lang, slug), `${lang}/${slug}`).toBeDefined();
			}
		}
		for (const lang of ['ar', 'so', 'ru', 'uk'] as const) {
			await page.goto(app.url + familyPath(lang, 'uusperheet'));
			expect(await page.getAttribute('html', 'lang')).toBe(lang);
			expect(await page.getAttribute('html', 'dir')).toBe(textDirection(lang));
			expect(await page.getAttribute('article', 'lang')).toBe(lang);
			expect(await page.locator('.fallback-note').count()).toBe(0);
			expect(await page.locator('meta[name=robots]').count()).toBe(0);
		}
	});

	it('switches language by link, keeping the page, with absolute hreflang alternates', async () => {
		const { context } = await familyContext(app, { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${app.url}/vakivalta`);
		await page.getByRole('link', { name: 'Українська' }).click();
		await page.waitForURL(/\/uk\/vakivalta$/);
		expect(await page.getAttribute('html', 'lang')).toBe('uk');
		const alternates = await page.$$eval('link[rel=alternate][hreflang]', (links) =>
			links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])
		);
		expect(alternates.map(([lang]) => lang)).toEqual([...familyLanguages, 'x-default']);
		for (const [, href] of alternates) expect(href).toMatch(/^https?:\/\/[^/]+\/.*vakivalta$/);
		// Each translated page says when it was translated and whether it was reviewed.
		expect(await page.textContent('.page-dates')).toMatch(
			/Перекладено .*переклад ще не перевірено/
		);
	});
});

describe('family pages for the browser', () => {
	it('has no broken internal link on any page in any language', async () => {
		const pages = familyPagePaths();
		expect(pages.length).toBe(familyLanguages.length * (1 + topicSlugs.length));
		const links = new Set<string>();
		for (const path of pages) {
			const response = await fetch(app.url + path);
			expect(response.status, path).toBe(200);
			const html = await response.text();
			for (const [, href] of html.matchAll(/<a [^>]*href="(\/[^"#]*)/g)) links.add(href!);
		}
		const broken: string[] = [];
		for (const href of links) {
			if (href.startsWith('/app')) continue;
			const response = await fetch(app.url + href);
			if (response.status !== 200) broken.push(`${href}: ${response.status}`);
		}
		expect(broken).toEqual([]);
	});

	it('sends a strict CSP, no cookies, no inline script, and at most 15 kB of JavaScript', async () => {
		for (const path of ['/', '/palvelut?kunta=Nokia']) {
			const response = await fetch(app.url + path);
			const html = await response.text();
			const policy =
				response.headers.get('content-security-policy') +
				' ' +
				(/http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '');
			expect(policy, path).toMatch(/script-src 'self'[;"]/);
			expect(policy, path).toContain("frame-ancestors 'none'");
			expect(response.headers.get('set-cookie'), path).toBeNull();
			expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g), path).toBeNull();
		}
		const { context, outside } = await familyContext(app);
		const page = await context.newPage();
		let scriptBytes = 0;
		page.on('response', async (response) => {
			if (response.request().resourceType() === 'script') {
				scriptBytes += gzipSync(await response.body(), { level: 9 }).length;
			}
		});
		await page.goto(app.url + '/', { waitUntil: 'networkidle' });
		expect(scriptBytes).toBeGreaterThan(0);
		expect(scriptBytes).toBeLessThanOrEqual(15 * 1024);
		expect(await context.cookies()).toEqual([]);
		expect(outside).toEqual([]);
	});
});
