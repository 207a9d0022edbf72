import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { familyLanguages, familyPath, textDirection } from '$lib/family/languages';
import { toolText } from '$lib/family/messages';
import { PLAN_STORAGE_KEY } from '$lib/family/plan';
import { FAMILY_PAGES_CACHE } from '$lib/family/site';
import { familyContext, offlineReady } from './family-support';
import { useApp } from './support';

const app = useApp();

describe('service finder', () => {
	it('answers on the page, and offline from the copy kept on the device', async () => {
		const { context, outside } = await familyContext(app);
		const page = await context.newPage();
		await page.goto(`${app.url}/en/apua`);
		await page.getByLabel('Municipality', { exact: true }).fill('tampere');
		await page.getByRole('button', { name: 'Show services' }).click();
		await page.getByRole('heading', { name: 'Services: Tampere' }).waitFor();
		// Answered by the page's script: no page load, the same markup as the server's.
		expect(new URL(page.url()).pathname).toBe('/en/apua');
		const first = page.locator('.finder-results .service').first();
		expect(await first.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
		expect(await first.textContent()).toMatch(/Languages: /);
		// The heading names the place once; the status read out adds only the count.
		expect(await page.locator('[data-finder-status]').textContent()).toMatch(/^\d+ services$/);
		expect(await page.getByText('Services: Tampere').count()).toBe(1);

		// A case form, a part of a name ("did you mean", then a choice) and a postal code.
		const ask = async (text: string) => {
			await page.getByLabel('Municipality', { exact: true }).fill(text);
			await page.getByRole('button', { name: 'Show services' }).click();
		};
		await ask('Helsingissä');
		await page.getByRole('heading', { name: 'Services: Helsinki' }).waitFor();
		await ask('Vesilah');
		await page.locator('[data-finder-status]', { hasText: 'Did you mean' }).waitFor();
		await page.locator('.place-choices').getByRole('button', { name: 'Vesilahti' }).click();
		await page.getByRole('heading', { name: 'Services: Vesilahti' }).waitFor();
		expect(await page.locator('.finder-results').getAttribute('data-fallback')).toMatch(
			/^(municipality|county|area|national)$/
		);
		await ask('37100');
		await page.getByRole('heading', { name: 'Services: Nokia' }).waitFor();
		expect(await page.locator('.finder-results').textContent()).toContain(
			'Postal code 37100 is in Nokia.'
		);

		// A name not found is said once, and the nationwide services follow it.
		await page.getByLabel('Municipality', { exact: true }).fill('Atlantis');
		await page.getByRole('button', { name: 'Show services' }).click();
		await page.locator('[data-finder-status]', { hasText: 'Atlantis' }).waitFor();
		expect(await page.getByText('No municipality called “Atlantis”').count()).toBe(1);
		// … followed by the way to the national help lines (listed above the finder on this page).
		expect(await page.locator('.finder-results a[href="#help-lines"]').textContent()).toBe(
			'Helplines'
		);
		expect(await page.locator('#help-lines a.phone[href="tel:112"]').count()).toBe(1);

		await offlineReady(page);
		await context.setOffline(true);
		await page.reload();
		await page.getByLabel('Municipality', { exact: true }).fill('Nokia');
		await page.getByRole('button', { name: 'Show services' }).click();
		await page.getByRole('heading', { name: 'Services: Nokia' }).waitFor();
		expect(await page.locator('[data-finder-results] .note').textContent()).toMatch(
			/^No connection/
		);
		expect(await page.locator('.finder-results .service').count()).toBeGreaterThan(0);
		// Other pages were kept too.
		await page.goto(`${app.url}/en/kaappausuhka`);
		expect(await page.textContent('h1')).toBe('If you fear the child will be taken abroad');
		await context.setOffline(false);
		expect(outside).toEqual([]);
	}, 60_000);

	it('keeps no script of an earlier release once no kept page runs it', async () => {
		const { context } = await familyContext(app);
		const page = await context.newPage();
		await page.goto(`${app.url}/en`);
		await offlineReady(page);
		const old = '/_app/immutable/workers/site-earlier-release.js';
		const keptScripts = () =>
			page.evaluate(async (name) => {
				const keys = await (await caches.open(name)).keys();
				return keys.map((key) => new URL(key.url).pathname).filter((p) => p.includes('/_app/'));
			}, FAMILY_PAGES_CACHE);
		await page.evaluate(
			async ({ name, path }) => (await caches.open(name)).put(path, new Response('// old')),
			{ name: FAMILY_PAGES_CACHE, path: old }
		);
		expect(await keptScripts()).toContain(old);

		await page.reload();
		await expect.poll(keptScripts, { timeout: 20_000 }).not.toContain(old);
		// The scripts the kept pages run are still there.
		expect((await keptScripts()).length).toBeGreaterThan(0);
	}, 60_000);
});

describe('parenting plan', () => {
	// The print is the same document in every family language: the title and a date line, the
	// answers under their section titles, both parents' signature lines, no introduction.
	it.each(familyLanguages)(
		'is written and printed in the reader’s language (%s), right to left in Arabic',
		async (lang) => {
			const t = toolText(lang);
			const { context } = await familyContext(app);
			const page = await context.newPage();
			await page.goto(app.url + familyPath(lang, 'vanhemmuussuunnitelma'));
			expect(await page.getAttribute('article', 'lang')).toBe(lang);
			expect(await page.getAttribute('.plan', 'dir')).toBe(textDirection(lang));
			const answer = `${lang}: 50/50`;
			await page.getByLabel(t('plan.section.money'), { exact: true }).fill(answer);
			await page
				.locator('[data-plan-status]')
				.filter({ hasText: t('plan.saved').split('{time}')[0]!.trim() })
				.waitFor();
			await page.emulateMedia({ media: 'print' });
			expect((await page.locator('.plan-print-head').innerText()).split(/\n+/)).toEqual([
				t('plan.documentTitle'),
				t('plan.printDate')
			]);
			expect(await page.locator('[data-print-for="money"]').textContent()).toBe(answer);
			expect(
				await page.locator('.plan h3').evaluateAll((titles) => titles.map((h) => h.textContent))
			).toContain(t('plan.section.money'));
			expect(await page.locator('.plan-signatures .signature-line').allInnerTexts()).toEqual([
				t('plan.signatureLine', { number: 1 }),
				t('plan.signatureLine', { number: 2 })
			]);
			expect(await page.locator('h1').isVisible()).toBe(false);
			expect(await page.locator('article > p').first().isVisible()).toBe(false);
			await context.close();
		}
	);

	it('keeps the plan only on this device, prints it, exports it and clears it', async () => {
		const { context } = await familyContext(app);
		const page = await context.newPage();
		const sent: string[] = [];
		page.on('request', (request) => sent.push(`${request.url()} ${request.postData() ?? ''}`));
		await page.goto(`${app.url}/en/vanhemmuussuunnitelma`);
		expect(await page.textContent('.plan .note')).toContain('kept only on this device');

		await page
			.getByLabel('Money', { exact: true })
			.fill('Half each, the child’s bank card at mum’s.');
		await page
			.getByLabel('Holidays and celebrations', { exact: true })
			.fill('Christmas Eve in turns.');
		await page.locator('[data-plan-status]').filter({ hasText: 'Saved on this device' }).waitFor();
		await page.reload();
		expect(await page.getByLabel('Money', { exact: true }).inputValue()).toBe(
			'Half each, the child’s bank card at mum’s.'
		);
		expect(await page.textContent('[data-plan-status]')).toContain('opened');

		// Printing shows the answers as text and hides the site around them.
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.family-header').isVisible()).toBe(false);
		expect(await page.locator('#plan-money').isVisible()).toBe(false);
		expect(await page.locator('[data-print-for="money"]').textContent()).toBe(
			'Half each, the child’s bank card at mum’s.'
		);
		// A document of its own: title, a date line, the sections, both parents' signature
		// lines, and nothing of the page's introduction.
		expect(await page.locator('h1').isVisible()).toBe(false);
		expect(await page.locator('article > p').first().isVisible()).toBe(false);
		expect(await page.locator('.plan-print-head').innerText()).toMatch(/Parenting plan\s+Date/);
		expect(await page.locator('.plan h3').first().isVisible()).toBe(true);
		expect(await page.locator('.plan .hint').first().isVisible()).toBe(false);
		expect(await page.locator('.plan-signatures .signature-line').allInnerTexts()).toEqual([
			'Parent 1: signature and name in capitals',
			'Parent 2: signature and name in capitals'
		]);
		await page.emulateMedia({ media: 'screen' });
		expect(await page.locator('.plan-signatures').isVisible()).toBe(false);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download as a text file' }).click()
		]);
		expect(download.suggestedFilename()).toBe('parenting-plan.txt');
		const text = await readFile((await download.path())!, 'utf8');
		expect(text).toMatch(/^Parenting plan\nSaved /);
		expect(text).toContain('Money\n-----\nHalf each, the child’s bank card at mum’s.\n');
		expect(text).toContain('Holidays and celebrations\n');

		page.once('dialog', (dialog) => void dialog.accept());
		await page.getByRole('button', { name: 'Clear the plan' }).click();
		await page.locator('[data-plan-status]').filter({ hasText: 'removed' }).waitFor();
		expect(await page.getByLabel('Money', { exact: true }).inputValue()).toBe('');
		expect(await page.evaluate((key) => localStorage.getItem(key), PLAN_STORAGE_KEY)).toBeNull();

		// Nothing of the plan ever left the browser.
		expect(sent.filter((line) => /Half each|Christmas Eve/.test(decodeURIComponent(line)))).toEqual(
			[]
		);
		expect(await context.cookies()).toEqual([]);
	});

	it('can be filled in and printed without JavaScript, and says what needs it', async () => {
		const { context } = await familyContext(app, { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${app.url}/vanhemmuussuunnitelma`);
		expect(await page.locator('textarea').count()).toBe(10);
		await page.getByLabel('Lapsen tarpeet ja toiveet', { exact: true }).fill('Rauhaa.');
		// What needs JavaScript is said in a <noscript>, which a browser without it shows.
		expect(await page.locator('.plan noscript').textContent()).toContain(
			'Tallennus ja tekstitiedostoksi lataaminen toimivat vain, kun JavaScript on käytössä.'
		);
		expect(await page.getByRole('button', { name: 'Tulosta' }).isVisible()).toBe(false);
	});
});
