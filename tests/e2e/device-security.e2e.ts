import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';
import {
	databaseNames,
	DEMO_PASSWORD,
	dumpIndexedDb,
	logContact,
	phoneContext,
	signInWithPin,
	TEST_PIN,
	unlockWithPin
} from './support';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	[server, browser] = await Promise.all([startServer(), launchChromium()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});
afterEach(async () => {
	await context?.close();
});

/** Signs in as the demo admin through the API, for calls the test makes on the admin's behalf. */
async function adminFetch(path: string, init: RequestInit = {}) {
	const signIn = await fetch(`${server.url}/api/v1/session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ email: 'admin@example.fi', password: DEMO_PASSWORD })
	});
	const cookie = signIn.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ');
	return fetch(server.url + path, {
		...init,
		headers: { 'content-type': 'application/json', origin: server.url, cookie, ...init.headers }
	});
}

describe('device protection', () => {
	it('keeps typed client text out of IndexedDB in readable form', async () => {
		context = await phoneContext(browser);
		const page = await context.newPage();
		await signInWithPin(page, server.url);
		const secretNote = 'Isä uhkaili lasta Hervannassa 7391';
		await logContact(page, secretNote);

		const raw = await dumpIndexedDb(page);
		expect(raw).toContain('"ct":'); // the note is there, encrypted
		expect(raw).not.toContain(secretNote);
		expect(raw).not.toContain('Hervannassa');
		expect(raw).not.toContain(DEMO_PASSWORD);
		expect(raw).not.toContain(TEST_PIN);
		// Codes needed for local lists stay in clear.
		expect(raw).toContain('family-social-work');
	});

	it('removes the PIN after five wrong tries; the password still opens and a new PIN is set', async () => {
		context = await phoneContext(browser);
		const page = await context.newPage();
		await signInWithPin(page, server.url);
		await page.reload();
		const lock = page.locator('.lock-screen');
		for (let attempt = 1; attempt <= 4; attempt++) {
			await lock.locator('input[type=password]').fill('000000');
			await lock.getByRole('button', { name: 'Avaa', exact: true }).click();
			await lock.getByText(`Yrityksiä jäljellä: ${5 - attempt}.`).waitFor();
		}
		await lock.locator('input[type=password]').fill('000000');
		await lock.getByRole('button', { name: 'Avaa', exact: true }).click();
		await lock.getByText('PIN-koodi poistettiin').waitFor();

		await unlockWithPassword(lock);
		await lock.getByLabel('PIN-koodi (vähintään 6 numeroa)').fill('135790');
		await lock.getByLabel('PIN-koodi uudelleen').fill('135790');
		await lock.getByRole('button', { name: 'Ota PIN-koodi käyttöön' }).click();
		await lock.waitFor({ state: 'detached' });

		await page.reload();
		await unlockWithPin(page, '135790');
		expect(await page.textContent('h1')).toBe('Tervetuloa');
	});

	it('warns before signing out with unsent changes, then removes the local databases', async () => {
		context = await phoneContext(browser);
		const page = await context.newPage();
		await signInWithPin(page, server.url);
		// Both screens opened once online, so the client router has their code when offline.
		const nav = page.getByRole('navigation', { name: 'Päävalikko' });
		await nav.getByRole('link', { name: 'Lisää' }).click();
		await page.getByRole('button', { name: 'Kirjaudu ulos' }).waitFor();
		await nav.getByRole('link', { name: 'Kirjaa' }).click();
		await page.getByLabel('Lyhyt muistiinpano (ei nimiä)').fill('lähettämätön muistiinpano');
		// Saved without a network, so it stays unsent: online, the sync after the write (or the
		// first sign-in's offline preparation) could send it before the sign-out is tried.
		await context.setOffline(true);
		await page.getByRole('button', { name: 'Tallenna yhteydenotto' }).click();
		await page.getByText('Yhteydenotto tallennettu').waitFor();

		await page
			.getByRole('navigation', { name: 'Päävalikko' })
			.getByRole('link', { name: 'Lisää' })
			.click();
		const messages: string[] = [];
		page.once('dialog', (dialog) => {
			messages.push(dialog.message());
			void dialog.dismiss();
		});
		await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
		await expect.poll(() => messages.length).toBe(1);
		expect(messages[0]).toContain('1 lähettämätöntä');
		expect(page.url()).toMatch(/\/app\/more$/);
		expect(await databaseNames(page)).toContain('rec');
		await context.setOffline(false);

		page.once('dialog', (dialog) => void dialog.accept());
		await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
		await page.waitForURL(/\/app\/login$/);
		await page.getByRole('heading', { name: 'Kirjaudu sisään' }).waitFor();
		// Read once the page has settled: a read during a navigation loses its context.
		await page.waitForLoadState('networkidle');
		await expect.poll(() => dumpIndexedDb(page)).not.toContain('"ct":');
		expect(await (await page.request.get(`${server.url}/api/v1/me`)).status()).toBe(401);
	});

	it('lets another person sign in only after the previous user is signed out, with a warning', async () => {
		context = await phoneContext(browser);
		const page = await context.newPage();
		await signInWithPin(page, server.url);
		await logContact(page, 'edellisen käyttäjän muistiinpano');

		await page.goto(`${server.url}/app/login`);
		await page.getByLabel('Sähköposti').fill('coordinator@example.fi');
		await page.getByLabel('Salasana').fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
		await page.getByText('toisen käyttäjän lähettämättömiä tietoja').waitFor();
		// Nothing of the new person's session stays, and the worker's data is untouched.
		expect((await page.request.get(`${server.url}/api/v1/me`)).status()).toBe(401);
		expect(await dumpIndexedDb(page)).toContain('"ct":');

		// The confirm() may open inside the click itself: answer it from a handler, or the click
		// would wait for a navigation the open dialog blocks.
		const messages: string[] = [];
		page.once('dialog', (dialog) => {
			messages.push(dialog.message());
			void dialog.accept();
		});
		const reloaded = page.waitForEvent('load');
		await page.getByRole('button', { name: 'Kirjaa edellinen käyttäjä ulos' }).click();
		await reloaded;
		expect(messages).toHaveLength(1);
		expect(messages[0]).toContain('1 lähettämätöntä');
		await page.getByRole('heading', { name: 'Kirjaudu sisään' }).waitFor();
		expect(await dumpIndexedDb(page)).not.toContain('"ct":');
		await signInWithPin(page, server.url, 'coordinator@example.fi');
	});

	it('wipes a device the admin revoked at its next contact', async () => {
		context = await phoneContext(browser);
		const page = await context.newPage();
		await signInWithPin(page, server.url);
		await logContact(page, 'tämä poistetaan');
		const clientId = JSON.parse(await dumpIndexedDb(page))['rec/meta'].find(
			(row: { key: string }) => row.key === 'clientId'
		).value as string;

		const revoked = await adminFetch(`/api/v1/admin/devices/${clientId}/revoke`, {
			method: 'POST'
		});
		expect(revoked.status).toBe(200);

		await page.reload();
		await page.waitForURL(/\/app\/login\?reason=wiped$/);
		await page.getByText('Laite on poistettu käytöstä').waitFor();
		expect(await dumpIndexedDb(page)).not.toContain('"ct":');
	});

	it('asks to sign in again when the session has ended, keeping unsent work', async () => {
		context = await phoneContext(browser);
		const page = await context.newPage();
		await signInWithPin(page, server.url, 'coordinator@example.fi');
		await logContact(page, 'odottaa lähetystä');

		const users = (await (await adminFetch('/api/v1/admin/users')).json()) as {
			users: { id: string; email: string }[];
		};
		const coordinator = users.users.find((user) => user.email === 'coordinator@example.fi')!;
		const reset = await adminFetch(`/api/v1/admin/users/${coordinator.id}/password-reset`, {
			method: 'POST'
		});
		const { temporaryPassword } = (await reset.json()) as { temporaryPassword: string };

		await page.reload();
		await unlockWithPin(page);
		await page.getByText('Istunto on vanhentunut').waitFor();
		await page.getByRole('link', { name: 'Kirjaudu uudelleen' }).click();
		await page.getByLabel('Sähköposti').fill('coordinator@example.fi');
		await page.getByLabel('Salasana').fill(temporaryPassword);
		await page.getByRole('button', { name: 'Kirjaudu' }).click();
		await page.getByLabel('Uusi salasana', { exact: true }).fill('uusi-salasana-123');
		await page.getByLabel('Uusi salasana uudelleen').fill('uusi-salasana-123');
		await page.getByRole('button', { name: 'Tallenna' }).click();
		await page.waitForURL(/\/app$/);

		expect((await page.request.get(`${server.url}/api/v1/me`)).status()).toBe(200);
		// The contact typed before the session ended was kept and, signed in again, reaches
		// the server (the sync loop sends it as soon as the session is back).
		await expect
			.poll(
				async () => {
					const pulled = await page.request.get(`${server.url}/api/v1/sync/pull?scope=records`);
					const { changes } = (await pulled.json()) as { changes: { data: { note: string } }[] };
					return changes.map((change) => change.data.note);
				},
				{ timeout: 15_000 }
			)
			.toContain('odottaa lähetystä');
		// The device key now opens with the new password.
		await page.reload();
		await page.locator('.lock-screen').getByRole('button', { name: 'Avaa salasanalla' }).click();
		await unlockWithPin(page, 'uusi-salasana-123');
		// The demo coordinator also has the county's pilot contacts: what matters is that the
		// device still holds records and nothing waits unsent.
		const stored = JSON.parse(await dumpIndexedDb(page)) as Record<string, unknown[]>;
		expect(stored['rec/contacts']!.length).toBeGreaterThan(0);
		expect(stored['rec/outbox']).toHaveLength(0);
	});
});

async function unlockWithPassword(lock: ReturnType<import('playwright-core').Page['locator']>) {
	await lock.locator('input[type=password]').fill(DEMO_PASSWORD);
	await lock.getByRole('button', { name: 'Avaa', exact: true }).click();
}
