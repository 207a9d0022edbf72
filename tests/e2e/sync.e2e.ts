import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
	OLDEST_CLIENT_SCHEMA_VERSION,
	SCHEMA_VERSION,
	SCHEMA_VERSION_HEADER
} from '$lib/domain/api/schema-version';
import { dumpIndexedDb, logContact, unlockWithPin, useApp } from './support';

const app = useApp();

describe('field work sync', () => {
	it('takes back a just-saved contact with Undo', async () => {
		// The Log screen's code loads while online (the service worker only controls the page
		// from its next load on).
		const page = await app.signedIn({ path: '/app/log' });
		await page.context().setOffline(true);
		await logContact(page, 'vahingossa tallennettu');
		await page.getByText('1 lähettämättä').waitFor();
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
		await page.getByRole('button', { name: 'Synkronoi nyt' }).click();
		await page.getByText('0 lähettämättä').waitFor();
		const pulled = await (
			await page.request.get(`${app.url}/api/v1/sync/pull?scope=records`)
		).json();
		const texts = JSON.stringify(pulled.changes);
		expect(texts).toContain('seuraava kirjaus 5521');
		expect(texts).not.toContain('vahingossa');
	});

	it('keeps a contact logged offline in the outbox and sends it when the server answers again', async () => {
		const page = await app.signedIn();
		await page.getByText('0 lähettämättä').waitFor();
		await page
			.getByRole('navigation', { name: 'Päävalikko' })
			.getByRole('link', { name: 'Kirjaa' })
			.click();
		await page.getByRole('button', { name: 'Tallenna yhteydenotto' }).waitFor();

		await page.context().setOffline(true);
		await logContact(page, 'Kellarissa kirjattu 4412');
		await page.getByText('1 lähettämättä').waitFor();
		await page.getByRole('button', { name: 'Synkronoi nyt' }).click();
		await page.getByText('ei yhteyttä palvelimeen').waitFor();
		expect(JSON.parse(await dumpIndexedDb(page))['rec/outbox']).toHaveLength(1);

		await page.context().setOffline(false);
		await page.getByRole('button', { name: 'Synkronoi nyt' }).click();
		await page.getByText('0 lähettämättä').waitFor();
		await page.getByText(/synkronoitu \d/).waitFor();

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
		await page.getByText('0 lähettämättä').waitFor();
		await speakVersion(page, OLDEST_CLIENT_SCHEMA_VERSION - 1);
		await page.goto(`${app.url}/app/log`);
		await unlockWithPin(page);
		await logContact(page, 'vanhalla versiolla');
		await page.getByRole('button', { name: 'Synkronoi nyt' }).click();
		await page.getByText('päivitä sovellus: lataa sivu uudelleen').waitFor();
		await page
			.getByText('Sovelluksen versio on liian vanha palvelimelle', { exact: false })
			.waitFor();
		await page.getByRole('button', { name: 'Päivitä nyt' }).waitFor();
		expect(JSON.parse(await dumpIndexedDb(page))['rec/outbox']).toHaveLength(1);

		// Reloaded as the current version, the same contact goes through.
		await page.context().unrouteAll();
		await page.getByRole('button', { name: 'Päivitä nyt' }).click();
		await unlockWithPin(page);
		await page.getByRole('button', { name: 'Synkronoi nyt' }).click();
		await page.getByText('0 lähettämättä').waitFor();
	});

	it('keeps the changes of an app newer than the server in the outbox, and says why', async () => {
		const page = await app.signedIn();
		await page.getByText('0 lähettämättä').waitFor();
		await speakVersion(page, SCHEMA_VERSION + 1);
		await page.goto(`${app.url}/app/log`);
		await unlockWithPin(page);
		await logContact(page, 'uudella versiolla');
		await page.getByRole('button', { name: 'Synkronoi nyt' }).click();
		await page.getByText('palvelin on vanhempaa versiota', { exact: false }).waitFor();
		await page.getByText('1 lähettämättä').waitFor();
		expect(JSON.parse(await dumpIndexedDb(page))['rec/outbox']).toHaveLength(1);
	});
});
