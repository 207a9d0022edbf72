import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { familyContext, familyPagePaths } from './family-support';
import { useApp } from './support';

const app = useApp();

/** Every axe violation (any impact) of WCAG 2.1 A/AA and axe's best practices. */
async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		// The pages have no frames: one pass in the page, reporting only what fails.
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] })
		.analyze();
	return results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`
	);
}

describe('family pages for assistive technology', () => {
	it('has no axe violations on any family page in any shipped language', async () => {
		const { context } = await familyContext(app, { serviceWorkers: 'block' });
		const paths = familyPagePaths();
		const found: string[] = [];
		// A few tabs at once: each takes the next page until none is left.
		let next = 0;
		const tab = async () => {
			const page = await context.newPage();
			for (let path = paths[next++]; path !== undefined; path = paths[next++]) {
				await page.goto(app.url + path);
				found.push(...(await violations(page)).map((violation) => `${path} ${violation}`));
			}
		};
		await Promise.all([tab(), tab(), tab()]);
		expect(found).toEqual([]);
	}, 600_000);

	it('has none in the finder’s answers, the counties’ list, the filled-in plan or the cleared safety page', async () => {
		const { context } = await familyContext(app);
		const page = await context.newPage();
		const found: string[] = [];
		const check = async (what: string) =>
			found.push(...(await violations(page)).map((violation) => `${what} ${violation}`));

		await page.goto(`${app.url}/ar/apua`);
		// The counties' social emergency numbers, unfolded, are checked with the answer.
		await page.locator('details.social-emergency summary').click();
		await page.locator('#finder-place').fill('Tampere');
		await page.locator('form[data-finder] button').click();
		await page.locator('.finder-results h2').first().waitFor();
		await check('finder and social emergency list (ar)');

		await page.goto(`${app.url}/palvelut?kunta=Kan`);
		await check('server finder choices');
		await page.goto(`${app.url}/so/palvelut?kunta=Nokia`);
		await check('server finder (so)');

		await page.goto(`${app.url}/sv/vanhemmuussuunnitelma`);
		await page.getByLabel('Pengar', { exact: true }).fill('Vi delar kostnaderna.');
		await page.locator('[data-plan-status]').filter({ hasText: 'Sparad' }).waitFor();
		await check('plan (sv)');

		await page.goto(`${app.url}/en/turvallisuus`);
		await page.getByRole('button', { name: 'Remove this site’s data' }).click();
		await page.locator('[data-clear-status]').filter({ hasText: 'Done.' }).waitFor();
		await check('safety page, cleared');

		expect(found).toEqual([]);
	}, 180_000);
});
