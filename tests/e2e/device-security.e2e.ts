import { describe, expect, it } from 'vitest';
import { demo, signIn } from '../support/api-client';
import {
	databaseNames,
	dumpIndexedDb,
	logContact,
	signInWithPin,
	TEST_PIN,
	unlockWithPin,
	useApp
} from './support';

const app = useApp();

describe('device protection', () => {
	it('keeps typed client text out of IndexedDB in readable form', async () => {
		const page = await app.signedIn();
		const secretNote = 'Isä uhkaili lasta Hervannassa 7391';
		await logContact(page, secretNote);

		const raw = await dumpIndexedDb(page);
		expect(raw).toContain('"ct":'); // the note is there, encrypted
		expect(raw).not.toContain(secretNote);
		expect(raw).not.toContain('Hervannassa');
		expect(raw).not.toContain(demo.password);
		expect(raw).not.toContain(TEST_PIN);
		// Codes needed for local lists stay in clear.
		expect(raw).toContain('family-social-work');
	});

	it('removes the PIN after five wrong tries; the password still opens and a new PIN is set', async () => {
		const page = await app.signedIn();
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
		const page = await app.signedIn();
		// Both screens opened once online, so the client router has their code when offline.
		const nav = page.getByRole('navigation', { name: 'Päävalikko' });
		await nav.getByRole('link', { name: 'Lisää' }).click();
		await page.getByRole('button', { name: 'Kirjaudu ulos' }).waitFor();
		await nav.getByRole('link', { name: 'Kirjaa' }).click();
		await page.getByLabel('Lyhyt muistiinpano (ei nimiä)').fill('lähettämätön muistiinpano');
		// Saved without a network, so it stays unsent: online, the sync after the write (or the
		// first sign-in's offline preparation) could send it before the sign-out is tried.
		await page.context().setOffline(true);
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
		await page.context().setOffline(false);

		page.once('dialog', (dialog) => void dialog.accept());
		await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
		await page.waitForURL(/\/app\/login$/);
		await page.getByRole('heading', { name: 'Kirjaudu sisään' }).waitFor();
		// Read once the page has settled: a read during a navigation loses its context.
		await page.waitForLoadState('networkidle');
		await expect.poll(() => dumpIndexedDb(page)).not.toContain('"ct":');
		expect(await (await page.request.get(`${app.url}/api/v1/me`)).status()).toBe(401);
	});

	it('lets another person sign in only after the previous user is signed out, with a warning', async () => {
		const page = await app.signedIn();
		// The push is held so the contact stays unsent: online, the sync after the write could
		// send it before the next person tries to sign in, and the warning would then have nothing
		// to count.
		await page
			.context()
			.route('**/api/v1/sync/push', (route) => route.abort('internetdisconnected'));
		await logContact(page, 'edellisen käyttäjän muistiinpano');

		await page.goto(`${app.url}/app/login`);
		await page.getByLabel('Sähköposti').fill(demo.coordinator);
		await page.getByLabel('Salasana').fill(demo.password);
		await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
		await page.getByText('toisen käyttäjän lähettämättömiä tietoja').waitFor();
		// Nothing of the new person's session stays, and the worker's data is untouched.
		expect((await page.request.get(`${app.url}/api/v1/me`)).status()).toBe(401);
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
		await signInWithPin(page, app.url, demo.coordinator);
	});

	it('wipes a device the admin revoked at its next contact', async () => {
		const page = await app.signedIn();
		await logContact(page, 'tämä poistetaan');
		const clientId = JSON.parse(await dumpIndexedDb(page))['rec/meta'].find(
			(row: { key: string }) => row.key === 'clientId'
		).value as string;

		const admin = await signIn(app, demo.admin);
		const revoked = await admin.post(`/api/v1/admin/devices/${clientId}/revoke`);
		expect(revoked.status).toBe(200);

		await page.reload();
		await page.waitForURL(/\/app\/login\?reason=wiped$/);
		await page.getByText('Laite on poistettu käytöstä').waitFor();
		expect(await dumpIndexedDb(page)).not.toContain('"ct":');
	});

	it('asks to sign in again when the session has ended, keeping unsent work', async () => {
		const page = await app.signedIn({ email: demo.coordinator });
		await logContact(page, 'odottaa lähetystä');

		const admin = await signIn(app, demo.admin);
		const users = (await admin.get('/api/v1/admin/users')).body as {
			users: { id: string; email: string }[];
		};
		const coordinator = users.users.find((user) => user.email === demo.coordinator)!;
		const reset = await admin.post(`/api/v1/admin/users/${coordinator.id}/password-reset`);
		const { temporaryPassword } = reset.body as { temporaryPassword: string };

		await page.reload();
		await unlockWithPin(page);
		await page.getByText('Istunto on vanhentunut').waitFor();
		await page.getByRole('link', { name: 'Kirjaudu uudelleen' }).click();
		await page.getByLabel('Sähköposti').fill(demo.coordinator);
		await page.getByLabel('Salasana').fill(temporaryPassword);
		await page.getByRole('button', { name: 'Kirjaudu' }).click();
		await page.getByLabel('Uusi salasana', { exact: true }).fill('uusi-salasana-123');
		await page.getByLabel('Uusi salasana uudelleen').fill('uusi-salasana-123');
		await page.getByRole('button', { name: 'Tallenna' }).click();
		await page.waitForURL(/\/app$/);

		expect((await page.request.get(`${app.url}/api/v1/me`)).status()).toBe(200);
		// The contact typed before the session ended was kept and, signed in again, reaches
		// the server (the sync loop sends it as soon as the session is back).
		await expect
			.poll(
				async () => {
					const pulled = await page.request.get(`${app.url}/api/v1/sync/pull?scope=records`);
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
	await lock.locator('input[type=password]').fill(demo.password);
	await lock.getByRole('button', { name: 'Avaa', exact: true }).click();
}
