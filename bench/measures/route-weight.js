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
	} finally {
		await browser.close();
		await server.stop();
	}
	return rows;
}
