import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demo } from '../support/api-client';
import { severeViolations, useApp } from './support';

const app = useApp();

/** The number in a table's row, as the page shows it (the bars beside are decoration). */
const cell = (page: Page, table: string, row: string) =>
	page
		.getByRole('region', { name: table, exact: true })
		.getByRole('row', { name: new RegExp(`^${row}`) })
		.getByRole('cell')
		.first();

/** How many contacts the device's own database holds. */
const contactsOnDevice = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('rec');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const count = open.result.transaction('contacts').objectStore('contacts').count();
					count.onsuccess = () => resolve(count.result);
				};
			})
	);

describe('statistics for the coordinator', () => {
	it('shows the pilot period from the server, exports CSV, and computes the same offline', async () => {
		const page = await app.signedIn({
			email: demo.coordinator,
			device: 'desktop',
			acceptDownloads: true
		});
		// On a desktop the statistics are in the side navigation.
		await page
			.getByRole('navigation', { name: 'Päävalikko' })
			.getByRole('link', { name: 'Tilastot' })
			.click();
		await page.getByRole('heading', { name: 'Tilastot', level: 1 }).waitFor();

		await page.getByLabel('Alkaen').fill('2023-02-01');
		await page.getByLabel('Päättyen').fill('2023-08-31');
		await page.getByLabel('Alue').selectOption('sisa-suomi');
		const total = cell(page, 'Yhteydenotot', 'Yhteensä');
		await expect.poll(() => total.textContent(), { timeout: 20_000 }).toBe('88');
		await page.getByText(/^Luvut palvelimelta, laskettu/).waitFor();
		await page
			.getByText(/teemojen yhteismäärä \(\d+\) on suurempi kuin yhteydenottojen määrä \(88\)/)
			.waitFor();
		expect(await severeViolations(page)).toEqual([]);

		// Charts beside their tables: each an SVG image named after its table, described, and
		// the table holding the same figures (the trend's last month is August 2023).
		for (const title of [
			'Jakso verrattuna edelliseen',
			'Kuukausittainen kehitys, 12 kuukautta',
			'Hyvinvointialueittain',
			'Kunnittain'
		]) {
			const section = page.getByRole('region', { name: title, exact: true });
			const chart = section.getByRole('img', { name: `Kaavio: ${title}` });
			await chart.waitFor({ timeout: 20_000 });
			expect(await chart.evaluate((node) => node.tagName.toLowerCase())).toBe('svg');
			expect(await chart.getAttribute('aria-describedby')).toBeTruthy();
			expect(await section.getByRole('table').count()).toBe(1);
		}
		const trend = page.getByRole('region', { name: 'Kuukausittainen kehitys, 12 kuukautta' });
		expect(await trend.getByRole('row').count()).toBe(13);
		const comparison = page.getByRole('region', { name: 'Jakso verrattuna edelliseen' });
		expect(
			await comparison
				.getByRole('row', { name: /^Yhteydenotot/ })
				.getByRole('cell')
				.allTextContents()
		).toEqual(['88', '0', '+88']);
		const counties = page.getByRole('region', { name: 'Hyvinvointialueittain' });
		const countyCells = await counties.getByRole('row', { name: /^Pirkanmaa/ }).getByRole('cell');
		expect(Number(await countyCells.first().textContent())).toBeGreaterThan(0);

		// What the support achieved (issue 16): help asked against help given as a chart beside
		// its table, then the outcome tables (the demo's nine cases of the pilot period).
		const help = page.getByRole('region', { name: 'Pyydetty ja annettu apu', exact: true });
		await help.getByRole('img', { name: 'Kaavio: Pyydetty ja annettu apu' }).waitFor();
		expect(
			await help
				.getByRole('row', { name: /^Suositukset/ })
				.getByRole('cell')
				.allTextContents()
		).toEqual(['5', '2', '2']);
		const services = 'Konsultaatiot mukana olevien palvelujen mukaan';
		expect(await cell(page, services, 'Kaksi palvelua tai useampia').textContent()).toBe('7');
		expect(
			await cell(
				page,
				'Miksi tilanne on jumissa',
				'Kukaan ei koordinoi kokonaisuutta'
			).textContent()
		).toBe('3');
		const ratings = 'Pyytäjien arviot konsultaation hyödyllisyydestä';
		expect(await cell(page, ratings, '5 – erittäin hyödyllinen').textContent()).toBe('1');
		const times = 'Aika pyynnöstä ryhmän käsittelyyn ja suunnitelmaan';
		expect(await cell(page, times, 'Ryhmän käsittelypäivä sovittu').textContent()).toBe('4');
		expect(
			await cell(page, times, 'Mediaani, päivää vastaanotosta ryhmän käsittelyyn').textContent()
		).toMatch(/^\d+(,\d)? pv$/);
		// The requesters' comments, from the device once it has synced: on the screen only.
		const comments = page.getByRole('region', { name: 'Pyytäjien kommentit', exact: true });
		await comments.getByText('Konsultaatio selkeytti tilannetta.').waitFor({ timeout: 30_000 });
		await comments.getByText('Arvio 4 / 5', { exact: false }).waitFor();

		// The printed report: the menus and the filters left out, the charts and tables kept.
		await page.emulateMedia({ media: 'print' });
		expect(await page.getByLabel('Alkaen').isVisible()).toBe(false);
		expect(await page.getByRole('navigation', { name: 'Päävalikko' }).isVisible()).toBe(false);
		expect(await trend.getByRole('img').isVisible()).toBe(true);
		expect(await comments.isVisible()).toBe(false);
		await page.getByText('Tilastoraportti: Sisä-Suomen OT, 1.2.2023–31.8.2023').waitFor();
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		await page.emulateMedia({ media: 'screen' });

		// The CSV comes from the server, for Finnish Excel.
		const download = page.waitForEvent('download');
		await page.getByRole('link', { name: 'Lataa CSV (Excel)' }).click();
		const file = readFileSync((await (await download).path())!);
		expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(file.toString('utf8')).toContain('Yhteydenotot;Yhteensä;total;88\r\n');
		expect(file.toString('utf8')).toContain(
			'Jakso verrattuna edelliseen: Tämä jakso 1.2.2023–31.8.2023;Yhteydenotot;contacts;88\r\n'
		);
		expect(file.toString('utf8')).toContain(
			'Pyydetty ja annettu apu: Pyydetty;Suositukset;recommendation;5\r\n'
		);
		expect(file.toString('utf8')).not.toContain('selkeytti');

		// Small counts hidden on request, on the page as in the export.
		await page.getByLabel(/Näytä alle 5 havainnon määrät/).check();
		await page.getByText('Alle 5 havainnon määrät näytetään muodossa <5.').waitFor();
		expect(await cell(page, 'Konsultaatiot vaiheen mukaan', 'Heräte').textContent()).toBe('<5');
		expect(await cell(page, ratings, '5 – erittäin hyödyllinen').textContent()).toBe('<5');
		// Four cases with a meeting day: their median is left out.
		expect(
			await cell(page, times, 'Mediaani, päivää vastaanotosta ryhmän käsittelyyn').textContent()
		).toBe('–');
		await page.getByLabel(/Näytä alle 5 havainnon määrät/).uncheck();

		// The device holds the OT area's records once they have synced: the same figures.
		await expect.poll(() => contactsOnDevice(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(88);
		await page.getByLabel('Tämän laitteen tiedot').check();
		await page.getByText(/^Laskettu tämän laitteen tiedoista/).waitFor();
		expect(await total.textContent()).toBe('88');

		// Offline, the server is asked and does not answer: the device's figures, said so.
		await page.getByLabel('Palvelin (kun yhteys toimii)').check();
		await expect.poll(() => page.getByText(/^Luvut palvelimelta/).count()).toBe(1);
		await page.context().setOffline(true);
		await page.getByLabel('Päättyen').fill('2023-09-30');
		await page
			.getByText('Palvelin ei vastannut, joten luvut laskettiin tämän laitteen tiedoista.')
			.waitFor();
		await expect.poll(() => total.textContent()).toBe('88');
		await page.getByRole('button', { name: 'Lataa CSV (Excel)' }).waitFor();
		expect(await severeViolations(page)).toEqual([]);
	});

	it('tells a field worker that statistics are for coordinators', async () => {
		const page = await app.signedIn({ email: demo.worker, path: '/app/stats' });
		await page.getByText('Tilastot ovat koordinaattoreiden ja ylläpitäjien käytössä.').waitFor();
		expect(await page.getByLabel('Alkaen').count()).toBe(0);
	});
});
