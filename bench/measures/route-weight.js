import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../tests/support/browser.js';
import { startServer } from '../../tests/support/server.js';

/** Routes to weigh, with the JavaScript budget (gzip kB) an issue set for them, if any. */
const routes = [
	{ path: '/', jsTarget: 15 },
	{ path: '/sv', jsTarget: 15 },
	{ path: '/app', jsTarget: 80 },
	// Later sections load their own code (Dexie for the directory): measured, not yet budgeted.
	{ path: '/app/directory', jsTarget: null }
];

/**
 * JavaScript and CSS a first visit to each route downloads, gzip-compressed, as a real
 * Chromium loads it (only the page's own requests: the service worker's precache is extra).
 */
export async function routeWeight() {
	const server = await startServer();
	const browser = await launchChromium();
	const rows = [];
	try {
		for (const route of routes) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			const sizes = { script: 0, stylesheet: 0 };
			const pending = [];
			page.on('response', (response) => {
				const type = response.request().resourceType();
				if (type !== 'script' && type !== 'stylesheet') return;
				pending.push(
					response.body().then((body) => (sizes[type] += gzipSync(body, { level: 9 }).length))
				);
			});
			await page.goto(server.url + route.path, { waitUntil: 'networkidle' });
			await Promise.all(pending);
			await context.close();
			const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
			rows.push(
				{
					metric: `JS for ${route.path} (gzip kB)`,
					value: kb(sizes.script),
					target: route.jsTarget
				},
				{ metric: `CSS for ${route.path} (gzip kB)`, value: kb(sizes.stylesheet), target: null }
			);
		}
		rows.push(...(await statsRouteWeight(browser, server.url)));
	} finally {
		await browser.close();
		await server.stop();
	}
	return rows;
}

/**
 * The statistics screen's own code: what a signed-in coordinator's browser downloads when they
 * open it from the app (its route chunk, the charts), apart from the app's first load.
 */
async function statsRouteWeight(browser, url) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(`${url}/app`);
	await page.waitForURL(/\/app\/login$/);
	await page.getByLabel('Sähköposti').fill('coordinator@example.fi');
	await page.getByLabel('Salasana').fill('lahelle-demo-2026');
	await page.getByRole('button', { name: 'Kirjaudu' }).click();
	const pin = '246810';
	await page.getByLabel('PIN-koodi (vähintään 6 numeroa)').fill(pin);
	await page.getByLabel('PIN-koodi uudelleen').fill(pin);
	await page.getByRole('button', { name: 'Ota PIN-koodi käyttöön' }).click();
	await page.waitForURL(/\/app$/, { timeout: 20_000 });
	await page.waitForLoadState('networkidle');
	let bytes = 0;
	const pending = [];
	page.on('response', (response) => {
		if (response.request().resourceType() !== 'script') return;
		pending.push(response.body().then((body) => (bytes += gzipSync(body, { level: 9 }).length)));
	});
	// A link the app's router follows like its own (the menus differ by screen width).
	await page.evaluate(() => {
		const link = document.createElement('a');
		link.href = '/app/stats';
		document.body.append(link);
		link.click();
	});
	await page.waitForURL(/\/app\/stats$/);
	await page.getByRole('heading', { name: 'Tilastot', level: 1 }).waitFor();
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(1000);
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);
	await context.close();
	return [
		{
			metric: 'JS for /app/stats opened in the app (gzip kB)',
			value: Math.round((bytes / 1024) * 10) / 10,
			target: null
		}
	];
}
