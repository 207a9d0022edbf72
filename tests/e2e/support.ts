import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { demo } from '../support/api-client';
import { launchChromium } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

export const TEST_PIN = '246810';

const devices = {
	phone: { width: 390, height: 800 },
	desktop: { width: 1280, height: 900 }
} as const;

export interface ContextOptions extends BrowserContextOptions {
	/** A phone (390×800, the default) or a desktop (1280×900); an explicit viewport wins. */
	device?: keyof typeof devices;
}

export interface SignInOptions extends ContextOptions {
	/** A demo account; the field worker unless given. */
	email?: string;
	/** Where to go once signed in (the lock screen is passed); the home page unless given. */
	path?: string;
}

/** One built server for a test file: started before its first test, stopped after its last. */
export interface E2eServer {
	readonly server: RunningServer;
	readonly url: string;
}

/** The built app and a Chromium for one test file; see `useApp`. */
export interface E2eApp extends E2eServer {
	readonly browser: Browser;
	/** A new browser context. Opened in a test it is closed after that test, else after the file. */
	newContext(options?: ContextOptions): Promise<BrowserContext>;
	/** A page in a new context (a phone unless `device` says otherwise). */
	newPage(options?: ContextOptions): Promise<Page>;
	/** A page in a new context, signed in through the real login page with a PIN chosen. */
	signedIn(options?: SignInOptions): Promise<Page>;
}

function required<T>(value: T | undefined, what: string): T {
	if (value === undefined) throw new Error(`${what} is not running: use it inside a test or hook`);
	return value;
}

/** Starts the built app (`env` added to its environment) for this test file, in its hooks. */
export function useServer(env: Record<string, string> = {}): E2eServer {
	let server: RunningServer | undefined;
	beforeAll(async () => {
		server = await startServer(env);
	});
	afterAll(async () => {
		await server?.stop();
	});
	return {
		get server() {
			return required(server, 'the server');
		},
		get url() {
			return required(server, 'the server').url;
		}
	};
}

/**
 * The setup every end-to-end file shares: the built app on a fresh server (`env` added to its
 * environment) and a Chromium, started together before the file's first test and stopped after
 * its last; browser contexts opened during a test are closed after it, so a failed test leaves
 * nothing open for the next.
 */
export function useApp(env: Record<string, string> = {}): E2eApp {
	let server: RunningServer | undefined;
	let browser: Browser | undefined;
	let inTest = false;
	const testContexts: BrowserContext[] = [];

	beforeAll(async () => {
		// Assigned one by one, so that one failing to start does not leave the other running.
		await Promise.all([
			startServer(env).then((started) => (server = started)),
			launchChromium().then((launched) => (browser = launched))
		]);
	});
	beforeEach(() => {
		inTest = true;
	});
	afterEach(async () => {
		inTest = false;
		await Promise.all(testContexts.splice(0).map((context) => context.close()));
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	const app: E2eApp = {
		get server() {
			return required(server, 'the server');
		},
		get url() {
			return required(server, 'the server').url;
		},
		get browser() {
			return required(browser, 'Chromium');
		},
		async newContext({ device = 'phone', ...options } = {}) {
			const context = await app.browser.newContext({ viewport: devices[device], ...options });
			if (inTest) testContexts.push(context);
			return context;
		},
		async newPage(options) {
			return (await app.newContext(options)).newPage();
		},
		async signedIn({ email, path, ...options } = {}) {
			const page = await app.newPage(options);
			await signInWithPin(page, app.url, email);
			if (path && path !== '/app') {
				await page.goto(app.url + path);
				await unlockWithPin(page);
			}
			return page;
		}
	};
	return app;
}

/** Signs in through the real login page and chooses a PIN, ending on the app's home page. */
export async function signInWithPin(
	page: Page,
	baseUrl: string,
	email: string = demo.worker,
	pin = TEST_PIN
) {
	await page.goto(`${baseUrl}/app`);
	await page.waitForURL(/\/app\/login$/);
	await page.getByLabel('Sähköposti').fill(email);
	await page.getByLabel('Salasana').fill(demo.password);
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
	const field = page.getByLabel('Lyhyt muistiinpano (ei nimiä)');
	await field.fill(note);
	// What is saved is what the field holds when Save is pressed.
	if ((await field.inputValue()) !== note) throw new Error(`the note field lost "${note}"`);
	await page.getByRole('button', { name: 'Tallenna yhteydenotto' }).click();
	await page.getByText('Yhteydenotto tallennettu').waitFor();
	// The notice may still be the previous save's: this save is done once the form is empty again.
	const box = await field.elementHandle();
	await page.waitForFunction((element) => (element as HTMLTextAreaElement).value === '', box);
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

/** The header's sync badge (components/sync/SyncBadge.svelte). */
export const syncBadge = (page: Page) => page.locator('.sync-badge');

/** How many records wait to be sent, as the badge says (its `data-unsent`). */
export async function unsentItems(page: Page): Promise<number> {
	await syncBadge(page).and(page.locator('[data-unsent]')).waitFor();
	return Number(await syncBadge(page).getAttribute('data-unsent'));
}

/** Waits until the badge says `count` records wait to be sent. */
export async function waitForUnsent(page: Page, count: number, timeout = 20_000) {
	await page.locator(`.sync-badge[data-unsent="${count}"]`).waitFor({ state: 'attached', timeout });
}

/**
 * Waits until the badge's last sync (`data-synced-at`) is at or after `since` (epoch ms, the
 * page's clock): a round that began after that moment has succeeded.
 */
export async function waitForSyncedSince(page: Page, since: number, timeout = 20_000) {
	await page.waitForFunction(
		(since) => {
			const at = document.querySelector('.sync-badge')?.getAttribute('data-synced-at');
			return !!at && Date.parse(at) >= since;
		},
		since,
		{ timeout }
	);
}

/** Opens the badge's panel (when closed) and answers it. */
export async function openSyncPanel(page: Page) {
	const badge = syncBadge(page);
	if ((await badge.getAttribute('aria-expanded')) !== 'true') await badge.click();
	const panel = page.locator('#sync-panel');
	await panel.waitFor();
	return panel;
}

/** "Synkronoi nyt" from the badge's panel; the panel is closed again (Escape). */
export async function syncNow(page: Page) {
	const panel = await openSyncPanel(page);
	await panel.getByRole('button', { name: /Synkronoi nyt|Synkronoidaan/ }).click();
	await page.keyboard.press('Escape');
	await panel.waitFor({ state: 'detached' });
}

/**
 * Syncs until the device's outbox is empty: "Sync now", a round finished after it, and the
 * outbox read from IndexedDB itself. A round already running when the button was pressed may
 * finish after it without a change saved meanwhile, while the badge's count has not caught up.
 */
export async function syncUntilSent(page: Page, rounds = 5) {
	for (let round = 0; round < rounds; round++) {
		const since = await page.evaluate(() => Date.now());
		await syncNow(page);
		await waitForSyncedSince(page, since);
		if ((await outboxSize(page)) === 0) return waitForUnsent(page, 0);
	}
	throw new Error(
		`the outbox still holds ${await outboxSize(page)} entries after ${rounds} rounds`
	);
}

/** How many entries the device's outbox holds (changes, not the records the badge counts). */
export function outboxSize(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('rec');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const count = open.result.transaction('outbox').objectStore('outbox').count();
					count.onsuccess = () => {
						open.result.close();
						resolve(count.result);
					};
					count.onerror = () => reject(count.error);
				};
			})
	);
}
