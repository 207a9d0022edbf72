import type { Browser, BrowserContext, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'lahelle-demo-2026';
export const TEST_PIN = '246810';

/** A phone-sized browser context. */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
	return browser.newContext({ viewport: { width: 390, height: 800 } });
}

/** Signs in through the real login page and chooses a PIN, ending on the app's home page. */
export async function signInWithPin(
	page: Page,
	baseUrl: string,
	email = 'worker@example.fi',
	pin = TEST_PIN
) {
	await page.goto(`${baseUrl}/app`);
	await page.waitForURL(/\/app\/login$/);
	await page.getByLabel('Sähköposti').fill(email);
	await page.getByLabel('Salasana').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Kirjaudu' }).click();
	await page.getByLabel('PIN-koodi (vähintään 6 numeroa)').fill(pin);
	await page.getByLabel('PIN-koodi uudelleen').fill(pin);
	await page.getByRole('button', { name: 'Ota PIN-koodi käyttöön' }).click();
	await page.waitForURL(/\/app$/, { timeout: 20_000 });
	await page.getByRole('heading', { name: 'Tervetuloa' }).waitFor();
}

/** Waits until the service worker has installed (precached everything) and is active. */
export async function serviceWorkerReady(page: Page) {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		return registration.active?.state;
	});
}

/** After a reload the data key is gone from memory: the lock screen asks for the PIN. */
export async function unlockWithPin(page: Page, pin = TEST_PIN, button = 'Avaa') {
	const field = page.locator('.lock-screen input[type=password]');
	await field.fill(pin);
	await page.locator('.lock-screen').getByRole('button', { name: button, exact: true }).click();
	await page.locator('.lock-screen').waitFor({ state: 'detached' });
}

/** Every row of every IndexedDB database of the page's origin, as one JSON text. */
export function dumpIndexedDb(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const request = <T>(r: IDBRequest<T>) =>
			new Promise<T>((resolve, reject) => {
				r.onsuccess = () => resolve(r.result);
				r.onerror = () => reject(r.error);
			});
		const out: Record<string, unknown[]> = {};
		for (const { name } of await indexedDB.databases()) {
			if (!name) continue;
			const db = await request(indexedDB.open(name));
			for (const store of Array.from(db.objectStoreNames)) {
				out[`${name}/${store}`] = await request(db.transaction(store).objectStore(store).getAll());
			}
			db.close();
		}
		return JSON.stringify(out);
	});
}

export async function databaseNames(page: Page): Promise<string[]> {
	return page.evaluate(async () =>
		(await indexedDB.databases()).map((db) => db.name ?? '').filter(Boolean)
	);
}

/** Logs one contact through the Log tab with the given note; waits for the saved notice. */
export async function logContact(page: Page, note: string) {
	await page
		.getByRole('navigation', { name: 'Päävalikko' })
		.getByRole('link', { name: 'Kirjaa' })
		.click();
	await page.getByLabel('Lyhyt muistiinpano (ei nimiä)').fill(note);
	await page.getByRole('button', { name: 'Tallenna yhteydenotto' }).click();
	await page.getByText('Yhteydenotto tallennettu').waitFor();
}

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now. */
export async function severeViolations(page: Page): Promise<string[]> {
	const { default: AxeBuilder } = await import('@axe-core/playwright');
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}
