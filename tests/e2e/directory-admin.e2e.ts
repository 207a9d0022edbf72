import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo } from '../support/api-client';
import { severeViolations, useApp } from './support';

const app = useApp();

interface ExpertRow {
	id: string;
	name: string;
	title: string;
	countyId: string;
}

/** Experts in the server's directory now, read from the snapshot with the page's session. */
async function serverExperts(page: Page): Promise<ExpertRow[]> {
	const text = await (await page.request.get(`${app.url}/api/v1/directory/snapshot`)).text();
	return text
		.split('\n')
		.slice(1)
		.filter(Boolean)
		.map((line) => JSON.parse(line))
		.filter((line) => line.table === 'experts')
		.map((line) => line.data);
}

/** An expert whose name no other expert has, so that a name filter finds only them. */
function uniquelyNamed(experts: ExpertRow[], countyId?: string): ExpertRow {
	const names = experts.map((expert) => expert.name);
	const found = experts.find(
		(row) =>
			(!countyId || row.countyId === countyId) &&
			names.indexOf(row.name) === names.lastIndexOf(row.name)
	);
	if (!found) throw new Error('no uniquely named expert in the demo directory');
	return found;
}

/** One expert as the device stores it in its `ref` database (undefined: not there yet). */
function localExpert(page: Page, id: string): Promise<ExpertRow | undefined> {
	return page.evaluate(async (key) => {
		// Opening a database that does not exist yet would create it under the app's feet.
		if (!(await indexedDB.databases()).some((db) => db.name === 'ref')) return undefined;
		return new Promise<ExpertRow | undefined>((resolve, reject) => {
			const open = indexedDB.open('ref');
			open.onerror = () => reject(open.error);
			open.onsuccess = () => {
				const db = open.result;
				if (!db.objectStoreNames.contains('experts')) {
					db.close();
					return resolve(undefined);
				}
				const request = db.transaction('experts').objectStore('experts').get(key);
				request.onsuccess = () => {
					db.close();
					resolve(request.result);
				};
				request.onerror = () => reject(request.error);
			};
		});
	}, id);
}

const mainMenu = (page: Page, label: string) =>
	page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: label });

/** Opens the Directory tab, which refreshes the device's copy as it opens. */
async function openDirectoryTab(page: Page) {
	await mainMenu(page, 'Hakemisto').click();
	await page.waitForURL(/\/app\/directory$/);
}

describe('directory administration', () => {
	it("an admin's edit reaches a worker's phone at its next refresh", async () => {
		// The worker's phone already holds the whole directory.
		const phone = await app.signedIn();
		const expert = uniquelyNamed(await serverExperts(phone));
		await openDirectoryTab(phone);
		await expect
			.poll(() => localExpert(phone, expert.id), { timeout: 20_000 })
			.toMatchObject({
				title: expert.title
			});

		const admin = await app.signedIn({ email: demo.admin, device: 'desktop' });
		// On a desktop administration is in the side navigation.
		await mainMenu(admin, 'Ylläpito').click();
		await admin.getByRole('link', { name: 'Hakemiston tiedot' }).click();
		await admin.waitForURL(/\/app\/admin\/directory$/);
		await admin.getByLabel('Suodata nimellä').fill(expert.name);
		const edit = admin.getByRole('button', { name: `Muokkaa: ${expert.name}` });
		await edit.waitFor({ timeout: 20_000 });
		expect(await severeViolations(admin)).toEqual([]);

		await edit.click();
		const title = admin.getByLabel('Nimike tai ammatti');
		expect(await title.inputValue()).toBe(expert.title);
		expect(await severeViolations(admin)).toEqual([]);
		const newTitle = `${expert.title} (päivitetty)`;
		await title.fill(newTitle);
		await admin.getByRole('button', { name: 'Tallenna' }).click();
		await admin.getByText(`Tallennettu: ${expert.name}.`).waitFor();
		// The admin's own list shows it once its device has pulled the change.
		await admin.getByText(newTitle, { exact: false }).waitFor();

		// The phone's next refresh (opening the Directory tab again) brings the new title.
		await mainMenu(phone, 'Kirjaa').click();
		await openDirectoryTab(phone);
		await expect
			.poll(() => localExpert(phone, expert.id), { timeout: 20_000 })
			.toMatchObject({
				title: newTitle
			});
		await phone.getByRole('searchbox').first().fill(expert.name);
		await phone.getByText(newTitle, { exact: false }).first().waitFor({ timeout: 10_000 });
	});

	it('lets a coordinator retire an entry of their own county, after a confirmation', async () => {
		const page = await app.signedIn({ email: demo.coordinator });
		const expert = uniquelyNamed(await serverExperts(page), 'pirkanmaa');
		await mainMenu(page, 'Lisää').click();
		await page.getByRole('link', { name: 'Ylläpito' }).click();
		await page.waitForURL(/\/app\/admin\/directory$/);
		// Users, devices, the audit log and import are the admins': not offered to a coordinator.
		const adminNav = page.getByRole('navigation', { name: 'Ylläpito' });
		const links = await adminNav.getByRole('link').allTextContents();
		expect(links.map((text) => text.trim())).toEqual([
			'Hakemiston tiedot',
			'Palvelujen katvealueet'
		]);

		await page.getByLabel('Suodata nimellä').fill(expert.name);
		const retire = page.getByRole('button', { name: `Poista hakemistosta: ${expert.name}` });
		await retire.waitFor({ timeout: 20_000 });
		// Cancelling the confirmation changes nothing; accepting retires.
		page.once('dialog', (dialog) => void dialog.dismiss());
		await retire.click();
		expect((await serverExperts(page)).some((row) => row.id === expert.id)).toBe(true);
		page.once('dialog', (dialog) => void dialog.accept());
		await retire.click();
		await page.getByText(`Poistettu hakemistosta: ${expert.name}`).waitFor();
		expect((await serverExperts(page)).some((row) => row.id === expert.id)).toBe(false);
		await expect.poll(() => localExpert(page, expert.id)).toBeUndefined();
	});
});
