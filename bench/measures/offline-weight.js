import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../tests/support/browser.js';
import { startServer } from '../../tests/support/server.js';

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

/**
 * What a first visit downloads in all, the offline copies included (gzip kB, each body as the
 * bench compresses it): a parent opening the family front page until its language's pages
 * are kept, and a worker signing in until the staff app is precached. Each side keeps only its
 * own: the family pages have their own small service worker, the staff app its own under /app
 * (and keeps the family pages of the worker's language only, to show a parent offline).
 */
export async function offlineWeight() {
	const server = await startServer();
	const browser = await launchChromium();
	try {
		return [
			{
				metric: 'family front page first visit, with its offline copies (gzip kB)',
				value: kb(await familyVisit(browser, server.url)),
				target: null
			},
			{
				metric:
					'staff first sign-in, with the precached app and its language’s family pages (gzip kB)',
				value: kb(await staffVisit(browser, server.url)),
				target: null
			}
		];
	} finally {
		await browser.close();
		await server.stop();
	}
}

/** Polls `check` in the page until it answers true (a minute at most). */
async function until(page, check) {
	for (let waited = 0; waited < 60_000; waited += 250) {
		if (await page.evaluate(check)) return;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error('offline copies not stored within a minute');
}

/** A context that adds up every response body, the service workers' own fetches included. */
async function weighed(browser) {
	const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
	let bytes = 0;
	const pending = [];
	context.on('response', (response) => {
		pending.push(
			response.body().then(
				(body) => (bytes += gzipSync(body, { level: 9 }).length),
				() => {}
			)
		);
	});
	return { context, total: async () => (await Promise.all(pending), bytes) };
}

async function familyVisit(browser, url) {
	const { context, total } = await weighed(browser);
	const page = await context.newPage();
	await page.goto(url + '/', { waitUntil: 'networkidle' });
	await until(
		page,
		async () =>
			(await navigator.serviceWorker.getRegistration())?.active?.state === 'activated' &&
			!!(await caches.match('/api/v1/public/services'))
	);
	const bytes = await total();
	await context.close();
	return bytes;
}

async function staffVisit(browser, url) {
	const { context, total } = await weighed(browser);
	const page = await context.newPage();
	await page.goto(url + '/app/login');
	await page.getByLabel('Sähköposti').fill('worker@example.fi');
	await page.getByLabel('Salasana').fill('lahelle-demo-2026');
	await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
	await page.getByLabel('PIN-koodi (vähintään 6 numeroa)').fill('246810');
	await page.getByLabel('PIN-koodi uudelleen').fill('246810');
	await page.getByRole('button', { name: 'Ota PIN-koodi käyttöön' }).click();
	await until(
		page,
		async () =>
			(await navigator.serviceWorker.ready).active?.state === 'activated' &&
			(await navigator.serviceWorker.getRegistration('/'))?.active?.state === 'activated' &&
			!!(await caches.match('/vakivalta', { cacheName: 'lahelle-family-pages' }))
	);
	const bytes = await total();
	await context.close();
	return bytes;
}
