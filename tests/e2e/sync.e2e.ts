import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
	OLDEST_CLIENT_SCHEMA_VERSION,
	SCHEMA_VERSION,
	SCHEMA_VERSION_HEADER
} from '$lib/domain/api/schema-version';
import {
	dumpIndexedDb,
	logContact,
	openSyncPanel,
	outboxSize,
	serviceWorkerReady,
	severeViolations,
	syncBadge,
	syncNow,
	unlockWithPin,
	useApp,
	waitForSyncedSince,
	waitForUnsent
} from './support';

const app = useApp();
const phone = { width: 390, height: 844 };

/** A request filled in and sent through the stepper: consent, the child, the question. */
async function sendRequest(page: Page, question: string) {
	await page
		.getByRole('navigation', { name: 'Päävalikko' })
		.getByRole('link', { name: 'Pyynnöt' })
		.click();
	await page.getByRole('button', { name: 'Uusi konsultaatiopyyntö' }).click();
	await page.waitForURL(/\/app\/requests\/[0-9a-f-]{36}$/);
	await page.getByRole('button', { name: 'Seuraava' }).click();
	await page.getByRole('radio', { name: 'Suostumus annettu' }).check();
	await page.getByLabel('Suostumuksen päivä').fill('2026-11-24');
	await page.getByRole('radio', { name: 'Tapaamisessa' }).check();
	await page.getByRole('button', { name: 'Seuraava' }).click();
	await page.getByRole('radio', { name: '3–6 v' }).check();
	await page.getByLabel('Kunta', { exact: true }).selectOption('837');
	await page.getByRole('button', { name: 'Seuraava' }).click();
	await page.getByLabel('Kysymys, johon haetaan vastausta').fill(question);
	await page.getByRole('button', { name: 'Seuraava' }).click();
	await page.getByRole('button', { name: 'Seuraava' }).click();
	await page.getByRole('button', { name: 'Lähetä pyyntö' }).click();
	await page.getByText('Pyyntö on lähetetty.').waitFor();
}

/** The lines of a list of waiting records (the badge's panel, /app/sync). */
const lines = (list: Locator) => list.locator('ul.unsent li').allTextContents();

describe('field work sync', () => {
	it('takes back a just-saved contact with Undo', async () => {
		// The Log screen's code loads while online (the service worker only controls the page
		// from its next load on).
		const page = await app.signedIn({ path: '/app/log' });
		await page.context().setOffline(true);
		await logContact(page, 'vahingossa tallennettu');
		await waitForUnsent(page, 1);
		await page.getByRole('button', { name: 'Kumoa' }).click();
		await page.getByText('Yhteydenotto poistettiin.').waitFor();
		const raw = JSON.parse(await dumpIndexedDb(page));
		expect(raw['rec/contacts']).toHaveLength(0);
		// The insert stays queued with its delete after it: the server waits at a gap in a
		// device's mutation ids, so taking the insert out would block every later change.
		expect(raw['rec/outbox'].map((entry: { op: string }) => entry.op)).toEqual([
			'insert',
			'delete'
		]);

		// The next contact, logged offline after the undo, reaches the server.
		await logContact(page, 'seuraava kirjaus 5521');
		await page.context().setOffline(false);
		await syncNow(page);
		await waitForUnsent(page, 0);
		const pulled = await (
			await page.request.get(`${app.url}/api/v1/sync/pull?scope=records`)
		).json();
		const texts = JSON.stringify(pulled.changes);
		expect(texts).toContain('seuraava kirjaus 5521');
		expect(texts).not.toContain('vahingossa');
	});

	it('keeps a contact logged offline in the outbox and sends it when the server answers again', async () => {
		const page = await app.signedIn();
		await waitForUnsent(page, 0);
		await page
			.getByRole('navigation', { name: 'Päävalikko' })
			.getByRole('link', { name: 'Kirjaa' })
			.click();
		await page.getByRole('button', { name: 'Tallenna yhteydenotto' }).waitFor();

		await page.context().setOffline(true);
		await logContact(page, 'Kellarissa kirjattu 4412');
		await waitForUnsent(page, 1);
		await syncNow(page);
		await page.locator('.sync-badge[data-state="offline"]').getByText('Ei yhteyttä').waitFor();
		expect(JSON.parse(await dumpIndexedDb(page))['rec/outbox']).toHaveLength(1);

		const back = await page.evaluate(() => Date.now());
		await page.context().setOffline(false);
		await syncNow(page);
		await waitForUnsent(page, 0);
		await waitForSyncedSince(page, back);

		const pulled = await (
			await page.request.get(`${app.url}/api/v1/sync/pull?scope=records`)
		).json();
		// The first test's contact (and the tombstone of the one it took back) came before it.
		const sent = pulled.changes.filter(
			(change: { data: { note?: string } | null }) =>
				change.data?.note === 'Kellarissa kirjattu 4412'
		);
		expect(sent).toHaveLength(1);
		expect(sent[0].data).toMatchObject({
			note: 'Kellarissa kirjattu 4412',
			channel: 'phone'
		});
		// Locally the note stays encrypted, and the record carries the server's version.
		const raw = JSON.parse(await dumpIndexedDb(page));
		expect(JSON.stringify(raw['rec/contacts'])).not.toContain('Kellarissa');
		expect(raw['rec/contacts'][0].version).toBe(1);
		expect(raw['rec/outbox']).toHaveLength(0);
	});

	/**
	 * The app as an older or a newer build would be: its requests leave the browser with
	 * another schema version (header and push body), and the real server answers them.
	 */
	async function speakVersion(page: Page, version: number) {
		await page.context().route('**/api/v1/sync/**', (route) => {
			const request = route.request();
			const body = request.postData();
			return route.continue({
				headers: { ...request.headers(), [SCHEMA_VERSION_HEADER]: String(version) },
				...(body
					? { postData: JSON.stringify({ ...JSON.parse(body), schemaVersion: version }) }
					: {})
			});
		});
	}

	it('asks to reload an app the server no longer serves, keeping its unsent contact', async () => {
		const page = await app.signedIn();
		await waitForUnsent(page, 0);
		await speakVersion(page, OLDEST_CLIENT_SCHEMA_VERSION - 1);
		await page.goto(`${app.url}/app/log`);
		await unlockWithPin(page);
		await logContact(page, 'vanhalla versiolla');
		await syncNow(page);
		await syncBadge(page).getByText('Päivitä', { exact: true }).waitFor();
		await (
			await openSyncPanel(page)
		)
			.getByText('Päivitä sovellus: lataa sivu uudelleen.')
			.waitFor();
		await page.keyboard.press('Escape');
		await page
			.getByText('Sovelluksen versio on liian vanha palvelimelle', { exact: false })
			.waitFor();
		await page.getByRole('button', { name: 'Päivitä nyt' }).waitFor();
		expect(JSON.parse(await dumpIndexedDb(page))['rec/outbox']).toHaveLength(1);

		// Reloaded as the current version, the same contact goes through.
		await page.context().unrouteAll();
		await page.getByRole('button', { name: 'Päivitä nyt' }).click();
		await unlockWithPin(page);
		await syncNow(page);
		await waitForUnsent(page, 0);
	});

	it('keeps the changes of an app newer than the server in the outbox, and says why', async () => {
		const page = await app.signedIn();
		await waitForUnsent(page, 0);
		await speakVersion(page, SCHEMA_VERSION + 1);
		await page.goto(`${app.url}/app/log`);
		await unlockWithPin(page);
		await logContact(page, 'uudella versiolla');
		await syncNow(page);
		await (
			await openSyncPanel(page)
		)
			.getByText('Palvelin on vanhempaa versiota', { exact: false })
			.waitFor();
		await waitForUnsent(page, 1);
		expect(JSON.parse(await dumpIndexedDb(page))['rec/outbox']).toHaveLength(1);
	});
});

describe('the sync badge on the phone (390×844)', () => {
	it('counts a contact and a request sent offline as two, names them, and keeps the sync time over a reload', async () => {
		const page = await app.signedIn({ viewport: phone });
		await waitForUnsent(page, 0);
		// One line of header: the name and the badge.
		const header = await page.locator('.app-header').boundingBox();
		expect(header!.height).toBeLessThanOrEqual(56);
		await syncBadge(page).and(page.locator('[data-synced-at]')).waitFor();

		await serviceWorkerReady(page);
		await page.context().setOffline(true);
		await page.reload();
		await unlockWithPin(page);
		await logContact(page, 'Kellarissa kirjattu 6620');
		await sendRequest(page, 'Miten tukea perhettä, jossa tapaamiset ovat katkenneet kokonaan?');

		// Many changes in the outbox, two things made: the badge counts the two.
		expect(await outboxSize(page)).toBeGreaterThan(2);
		await waitForUnsent(page, 2);
		await syncBadge(page).getByText('Ei yhteyttä').waitFor();
		const panel = await openSyncPanel(page);
		expect(await panel.evaluate((element) => element === document.activeElement)).toBe(true);
		await expect.poll(() => lines(panel)).toHaveLength(2);
		const listed = await lines(panel);
		expect(listed[0]).toMatch(/^Yhteydenotto \d{1,2}\.\d{1,2}\. klo \d\d\.\d\d$/);
		expect(listed[1]).toBe(
			'Konsultaatiopyyntö: Miten tukea perhettä, jossa tapaamiset ovat katkenneet…'
		);
		await panel.getByText('Ei yhteyttä palvelimeen', { exact: false }).waitFor();
		expect(await severeViolations(page)).toEqual([]);
		// Escape closes it and gives the keyboard back to the badge.
		await page.keyboard.press('Escape');
		await panel.waitFor({ state: 'detached' });
		expect(await syncBadge(page).evaluate((element) => element === document.activeElement)).toBe(
			true
		);

		// The details page lists the same two, in the same words.
		await (await openSyncPanel(page)).getByRole('link', { name: 'Näytä tarkemmin' }).click();
		await page.waitForURL(/\/app\/sync$/);
		await expect.poll(() => lines(page.locator('#main'))).toEqual(listed);

		const back = await page.evaluate(() => Date.now());
		await page.context().setOffline(false);
		await syncNow(page);
		await waitForUnsent(page, 0);
		await waitForSyncedSince(page, back);
		const syncedAt = await syncBadge(page).getAttribute('data-synced-at');
		await page.getByText('Kaikki muutokset on lähetetty.').waitFor();

		// Reloaded without a network (no round can succeed): the time is the one kept on the device
		// (a round already under way when the network went may have finished after the first).
		await page.context().setOffline(true);
		await page.reload();
		await unlockWithPin(page);
		await syncBadge(page).and(page.locator('[data-synced-at]')).waitFor();
		const kept = (await syncBadge(page).getAttribute('data-synced-at'))!;
		expect(Date.parse(kept)).toBeGreaterThanOrEqual(Date.parse(syncedAt!));
		const time = new Date(kept).toLocaleTimeString('fi-FI', {
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23'
		});
		await (await openSyncPanel(page)).getByText(`Synkronoitu klo ${time}`).waitFor();
	});
});
