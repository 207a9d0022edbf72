import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { demo, signIn } from '../support/api-client';
import { AppDevice } from '../support/app-device';
import { selectRows } from '../support/inspect';
import { opsScript } from '../support/ops-scripts';
import { freePort, startServer, type RunningServer } from '../support/server.js';
import {
	dumpIndexedDb,
	logContact,
	openSyncPanel,
	outboxSize,
	serviceWorkerReady,
	syncUntilSent,
	useApp,
	waitForUnsent
} from './support';

// The server keeps its data directory and port over a restore: the phone comes back to the
// same origin, its session and device as the backup holds them.
const dataDir = mkdtempSync(path.join(tmpdir(), 'lahelle-e2e-restore-'));
const backupDir = mkdtempSync(path.join(tmpdir(), 'lahelle-e2e-backup-'));
const backupFile = path.join(backupDir, 'lahelle.db');
const port = String(await freePort());
const app = useApp({ DATA_DIR: dataDir, PORT: port });
let restarted: RunningServer | undefined;

afterAll(async () => {
	await restarted?.stop();
	rmSync(dataDir, { recursive: true, force: true });
	rmSync(backupDir, { recursive: true, force: true });
});

const select = <T>(sql: string) => selectRows<T>({}, dataDir, sql);

/** The server's rows of the worker's contacts with these notes, straight from its database. */
async function serverContacts(notes: string[]) {
	const rows = await select<{ id: string; version: number; data: string }>(
		`SELECT id, version, data FROM records WHERE kind = 'contacts' AND deleted = 0`
	);
	return rows
		.map((row) => ({ ...row, note: String(JSON.parse(row.data).note) }))
		.filter((row) => notes.includes(row.note));
}

async function requestStuck(id: string): Promise<unknown> {
	const [row] = await select<{ data: string }>(`SELECT data FROM records WHERE id = '${id}'`);
	return row ? JSON.parse(row.data).stuck : undefined;
}

const nav = (page: Page, name: string) =>
	page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name }).click();

/**
 * On the request's third step: writes where the case is stuck and moves on, which saves the
 * draft (then `unsent` records wait), and back.
 */
async function writeStuck(page: Page, text: string, unsent: number) {
	await page.getByLabel('Mihin tilanne on jumittunut').fill(text);
	await page.getByRole('button', { name: 'Seuraava' }).click();
	await waitForUnsent(page, unsent);
	await page.getByRole('button', { name: 'Edellinen' }).click();
}

describe('a phone after the server restored a backup', () => {
	it('sends again what the server had acknowledged since the backup, once, and a change made since stays a conflict', async () => {
		const page = await app.signedIn();
		await serviceWorkerReady(page);
		await page.getByText('Valmis käyttöön ilman verkkoa.').waitFor({ timeout: 60_000 });
		// Offline while it writes, so no sync of its own runs between a change and the test's.
		const offline = (off: boolean) => page.context().setOffline(off);
		await offline(true);

		// Before the backup: a contact and a request draft, sent and acknowledged.
		await logContact(page, 'ennen varmuuskopiota 8101');
		await nav(page, 'Pyynnöt');
		await page.getByRole('button', { name: 'Uusi konsultaatiopyyntö' }).click();
		await page.waitForURL(/\/app\/requests\/[0-9a-f-]{36}$/);
		const requestId = page.url().split('/').pop()!;
		await page.getByRole('button', { name: 'Seuraava' }).click();
		await page.getByRole('button', { name: 'Seuraava' }).click();
		await writeStuck(page, 'Ennen: tapaamiset harvenneet', 2);
		await offline(false);
		await syncUntilSent(page);

		const backup = await opsScript('backup', [backupFile], { DATA_DIR: dataDir });
		expect(backup.output).toContain('Backed up');
		expect(backup.code).toBe(0);

		// After it, while the server runs: the draft edited and two contacts, all acknowledged.
		await offline(true);
		await writeStuck(page, 'Jälkeen: tapaamiset katkenneet kokonaan', 1);
		await logContact(page, 'varmuuskopion jälkeen 8102');
		await logContact(page, 'varmuuskopion jälkeen 8103');
		await offline(false);
		await syncUntilSent(page);
		expect(await outboxSize(page)).toBe(0);
		const notes = [
			'ennen varmuuskopiota 8101',
			'varmuuskopion jälkeen 8102',
			'varmuuskopion jälkeen 8103'
		];
		expect(await serverContacts(notes)).toHaveLength(3);
		expect(await requestStuck(requestId)).toBe('Jälkeen: tapaamiset katkenneet kokonaan');
		const epochBefore = metaValue(JSON.parse(await dumpIndexedDb(page)), 'serverEpoch');
		expect(epochBefore).toEqual(expect.any(String));

		// The server goes back to the backup; meanwhile the worker logs one more contact. The
		// phone stays offline until the coordinator has changed the request, as in the story.
		await offline(true);
		await app.server.stop();
		const restored = await opsScript('restore', [backupFile], { DATA_DIR: dataDir });
		expect(restored.output).toContain('new sync epoch');
		expect(restored.code).toBe(0);
		expect((await serverContacts(notes)).map((row) => row.note)).toEqual([notes[0]]);
		expect(await requestStuck(requestId)).toBe('Ennen: tapaamiset harvenneet');
		await logContact(page, 'palvelimen ollessa alhaalla 8104');
		await waitForUnsent(page, 1);
		notes.push('palvelimen ollessa alhaalla 8104');
		restarted = await startServer({ DATA_DIR: dataDir, PORT: port });

		// The coordinator's device, after the restore, writes the same field of the request.
		const desk = await AppDevice.register(await signIn(app, demo.coordinator));
		try {
			await desk.sync();
			expect(await desk.db.consultations.get(requestId)).toBeDefined();
			await desk.change('consultations', 'update', requestId, {
				stuck: 'Koordinaattori: käräjäoikeuden päätös odottaa'
			});
			await desk.sync();
			expect(await desk.unsent()).toBe(0);
		} finally {
			await desk.close();
		}

		// The phone's next sync meets the new epoch and sends again what the server lost.
		await offline(false);
		await syncUntilSent(page);
		expect(await outboxSize(page)).toBe(0);
		const raw = JSON.parse(await dumpIndexedDb(page));
		expect(metaValue(raw, 'serverEpoch')).not.toBe(epochBefore);

		// Every contact once on the server (one row per id, one per note); the first, which the
		// backup held, untouched at its version.
		const contacts = await serverContacts(notes);
		expect(contacts.map((row) => row.note).sort()).toEqual([...notes].sort());
		expect(new Set(contacts.map((row) => row.id)).size).toBe(4);
		expect(contacts.find((row) => row.note === notes[0])?.version).toBe(1);
		// The phone holds each at the server's version (0 would mean never pulled back).
		for (const row of raw['rec/contacts'] as { id: string; version: number }[]) {
			expect(contacts.find((contact) => contact.id === row.id)?.version).toBe(row.version);
		}
		expect(raw['rec/contacts']).toHaveLength(4);
		expect(await select(`SELECT id FROM sync_quarantine`)).toEqual([]);

		// The coordinator's newer text stays; the worker's is a conflict, not an overwrite.
		expect(await requestStuck(requestId)).toBe('Koordinaattori: käräjäoikeuden päätös odottaa');
		const conflicts = await select<{ record_id: string; field: string; client_value: string }>(
			`SELECT record_id, field, client_value FROM sync_conflicts`
		);
		expect(conflicts).toEqual([
			{
				record_id: requestId,
				field: 'stuck',
				client_value: JSON.stringify('Jälkeen: tapaamiset katkenneet kokonaan')
			}
		]);

		// On the phone's screen: the four contacts, and the conflict to settle with both texts.
		await nav(page, 'Kirjaa');
		await expect
			.poll(() =>
				page.getByRole('list', { name: 'Viimeisimmät yhteydenotot' }).getByRole('listitem').count()
			)
			.toBe(4);
		await (await openSyncPanel(page)).getByRole('link', { name: '1 tarkistettavaa' }).click();
		await page
			.getByRole('heading', { name: 'Joku muutti samaa tietoa, kun olit ilman verkkoa' })
			.waitFor();
		await page.getByText('Koordinaattori: käräjäoikeuden päätös odottaa').waitFor();
		await page.getByText('Jälkeen: tapaamiset katkenneet kokonaan').waitFor();
	});
});

/** A `rec/meta` value from a dump of the device's IndexedDB. */
function metaValue(dump: Record<string, unknown[]>, key: string): unknown {
	const rows = dump['rec/meta'] as { key: string; value: unknown }[];
	return rows.find((row) => row.key === key)?.value;
}
