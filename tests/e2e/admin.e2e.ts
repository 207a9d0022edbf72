import { describe, expect, it } from 'vitest';
import { demo } from '../support/api-client';
import { severeViolations, unlockWithPin, useApp } from './support';

const app = useApp();

describe('administration', () => {
	it('links a new expert account to their directory entry, and can change it', async () => {
		const page = await app.signedIn({ email: demo.admin, device: 'desktop', path: '/app/admin' });
		await page.getByRole('table').waitFor();
		const form = page.locator('form', {
			has: page.getByRole('heading', { name: 'Lisää käyttäjä' })
		});
		await form.getByLabel('Nimi').fill('Elina Asiantuntija');
		await form.getByLabel('Sähköposti').fill('elina.asiantuntija@example.fi');
		await form.getByLabel('Rooli').selectOption('expert');
		// The entry is asked only for an expert, and is required: the directory on the device lists it.
		const entry = form.getByLabel('Asiantuntijapankin henkilö');
		await expect.poll(() => entry.locator('option').count()).toBeGreaterThan(50);
		const chosen = await entry.locator('option').nth(1).getAttribute('value');
		await entry.selectOption(chosen!);
		await form.getByRole('button', { name: 'Lisää', exact: true }).click();
		await page.locator('.notice').waitFor();
		const linked = page.getByLabel('Asiantuntijapankin henkilö: Elina Asiantuntija');
		await expect.poll(() => linked.inputValue()).toBe(chosen);
		const other = await linked.locator('option').nth(2).getAttribute('value');
		await linked.selectOption(other!);
		await expect.poll(() => page.locator('.notice').textContent()).toBe('Tallennettu.');
		// The server keeps it: after a reload (the device asks for its PIN again) the row says so.
		await page.reload();
		await unlockWithPin(page);
		await expect
			.poll(() => page.getByLabel('Asiantuntijapankin henkilö: Elina Asiantuntija').inputValue())
			.toBe(other);
		expect(await severeViolations(page)).toEqual([]);
	});

	it('lets an admin add a user, who must replace the temporary password at first sign-in', async () => {
		const page = await app.signedIn({ email: demo.admin, device: 'desktop' });
		// On a desktop administration is in the side navigation.
		await page
			.getByRole('navigation', { name: 'Päävalikko' })
			.getByRole('link', { name: 'Ylläpito' })
			.click();
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
		const phone = await app.newPage();
		await phone.goto(`${app.url}/app/login`);
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
		const me = await (await phone.request.get(`${app.url}/api/v1/me`)).json();
		expect(me.user).toMatchObject({
			role: 'coordinator',
			countyId: 'kanta-hame',
			mustChangePassword: false
		});

		// Her device now shows up in the admin's device list.
		await page.getByRole('link', { name: 'Laitteet' }).click();
		await expect.poll(() => page.getByRole('cell', { name: 'Emilia Uusi' }).count()).toBe(1);
	});

	it('shows a coordinator the blind spots of every county and of their own municipalities', async () => {
		const page = await app.signedIn({ email: demo.coordinator, device: 'phone' });
		await page
			.getByRole('navigation', { name: 'Päävalikko' })
			.getByRole('link', { name: 'Lisää' })
			.click();
		await page.getByRole('link', { name: 'Ylläpito' }).click();
		await page.getByRole('link', { name: 'Palvelujen katvealueet' }).click();
		const counties = page.getByRole('table', { name: 'Hyvinvointialueet' });
		await counties.waitFor();
		// 23 counties (21, the City of Helsinki, Åland), under two heading rows.
		expect(await counties.getByRole('row').count()).toBe(2 + 23);
		const own = page.getByRole('table', { name: 'Kunnat: Pirkanmaa' });
		expect(await own.getByRole('rowheader', { name: 'Orivesi' }).count()).toBe(1);
		await page.getByLabel('Hyvinvointialue', { exact: true }).selectOption('pohjois-pohjanmaa');
		const other = page.getByRole('table', { name: 'Kunnat: Pohjois-Pohjanmaa' });
		expect(await other.getByRole('rowheader', { name: 'Hailuoto' }).count()).toBe(1);
		expect(await page.getByRole('link', { name: 'Lataa CSV' }).getAttribute('href')).toBe(
			'/api/v1/admin/blind-spots.csv?lang=fi'
		);
		// The matrices scroll inside their frames; the page itself stays phone-wide.
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
		).toBe(true);
		expect(await severeViolations(page)).toEqual([]);
	});
});
