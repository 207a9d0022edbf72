import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';
import { severeViolations, signInWithPin } from './support';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	[server, browser] = await Promise.all([startServer(), launchChromium()]);
});
afterAll(async () => {
	await context?.close();
	await browser?.close();
	await server?.stop();
});

describe('administration', () => {
	it('lets an admin add a user, who must replace the temporary password at first sign-in', async () => {
		context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await signInWithPin(page, server.url, 'admin@example.fi');
		await page
			.getByRole('navigation', { name: 'Päävalikko' })
			.getByRole('link', { name: 'Lisää' })
			.click();
		await page.getByRole('link', { name: 'Ylläpito' }).click();
		await page.getByRole('table').waitFor();

		const form = page.locator('form', {
			has: page.getByRole('heading', { name: 'Lisää käyttäjä' })
		});
		await form.getByLabel('Nimi').fill('Emilia Uusi');
		await form.getByLabel('Sähköposti').fill('emilia.uusi@example.fi');
		await form.getByLabel('Rooli').selectOption('coordinator');
		await form.getByLabel('Hyvinvointialue').selectOption('kanta-hame');
		await form.getByRole('button', { name: 'Lisää', exact: true }).click();
		const notice = page.locator('.notice');
		await notice.waitFor();
		const temporary = (await notice.textContent())?.match(/Emilia Uusi: (\S+) —/)?.[1];
		expect(temporary).toBeTruthy();
		// The table reloads after the notice: wait for the new row rather than race it.
		await expect
			.poll(() => page.getByRole('cell', { name: /emilia\.uusi@example\.fi/ }).count())
			.toBe(1);
		expect(await severeViolations(page)).toEqual([]);

		// The new person signs in on another device with the temporary password.
		const other = await browser.newContext();
		const phone = await other.newPage();
		await phone.goto(`${server.url}/app/login`);
		await phone.getByLabel('Sähköposti').fill('emilia.uusi@example.fi');
		await phone.getByLabel('Salasana').fill(temporary!);
		await phone.getByRole('button', { name: 'Kirjaudu' }).click();
		await phone.getByRole('heading', { name: 'Vaihda salasana' }).waitFor();
		expect(await severeViolations(phone)).toEqual([]);
		await phone.getByLabel('Uusi salasana', { exact: true }).fill('emilian-oma-salasana');
		await phone.getByLabel('Uusi salasana uudelleen').fill('emilian-oma-salasana');
		await phone.getByRole('button', { name: 'Tallenna' }).click();
		await phone.getByRole('heading', { name: 'Valitse PIN-koodi' }).waitFor();
		expect(await severeViolations(phone)).toEqual([]);
		const me = await (await phone.request.get(`${server.url}/api/v1/me`)).json();
		expect(me.user).toMatchObject({
			role: 'coordinator',
			countyId: 'kanta-hame',
			mustChangePassword: false
		});
		await other.close();

		// Her device now shows up in the admin's device list.
		await page.getByRole('link', { name: 'Laitteet' }).click();
		await expect.poll(() => page.getByRole('cell', { name: 'Emilia Uusi' }).count()).toBe(1);
	});
});
