import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { coordinatorToCall, helsinkiWeekTime, type DutyPerson } from '$lib/domain/duty';
import { unlockWithPin, useApp } from './support';

// The OT centre's number in the server's settings: the last fallback.
const app = useApp({ OT_PHONE: '020 000 0100' });
const HOUR = 3_600_000;

/** 10:00 in Helsinki on the latest weekday before now: office hours by the demo rota. */
function officeHours(): number {
	let at = Date.now() - 24 * HOUR;
	while (helsinkiWeekTime(at).weekday > 5) at -= 24 * HOUR;
	const { minutes } = helsinkiWeekTime(at);
	return at - minutes * 60_000 + 10 * 60 * 60_000 - (at % 60_000);
}

/** The directory as the server gives it to devices: its experts. */
async function directoryExperts(page: Page): Promise<DutyPerson[]> {
	const text = await page.evaluate(() =>
		fetch('/api/v1/directory/snapshot').then((answer) => answer.text())
	);
	return text
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as { table?: string; data?: DutyPerson })
		.filter((line) => line.table === 'experts' && line.data)
		.map((line) => line.data!);
}

const callButton = (page: Page) => page.getByRole('link', { name: /^Soita OT-koordinaattorille/ });

describe('a coordinator one tap away', () => {
	it("puts the on-duty coordinator's number first on the worker's home, offline too", async () => {
		const page = await app.signedIn();
		await page.getByText('Valmis käyttöön ilman verkkoa.').waitFor({ timeout: 60_000 });
		const at = officeHours();
		const expected = coordinatorToCall(await directoryExperts(page), 'pirkanmaa', at);
		expect(expected?.source).toBe('county');

		// Out in the field: no network, the phone's clock at office hours, the app opened again.
		await page.clock.setFixedTime(at);
		await page.context().setOffline(true);
		await page.reload();
		await unlockWithPin(page);
		const button = callButton(page);
		await button.waitFor();
		expect(await button.getAttribute('href')).toBe(`tel:${expected!.phone.replace(/\s+/g, '')}`);
		expect(await page.getByText(`Päivystää nyt: ${expected!.name}`).count()).toBe(1);
		// It is the first thing on the screen after the heading.
		const firstAction = page.locator('main a.button').first();
		expect(await firstAction.getAttribute('href')).toBe(await button.getAttribute('href'));

		// The directory says the same in its header.
		await page
			.getByRole('navigation', { name: 'Päävalikko' })
			.getByRole('link', { name: 'Hakemisto' })
			.click();
		await page.waitForURL(/\/app\/directory$/);
		expect(await callButton(page).getAttribute('href')).toBe(await button.getAttribute('href'));

		// At night nobody is on duty in the OT area: the OT centre's number from the settings,
		// which the device kept from its sign-in.
		await page.clock.setFixedTime(at + 12 * HOUR);
		await page.reload();
		await unlockWithPin(page);
		await page.getByText('OT-keskuksen numero').waitFor();
		expect(await callButton(page).getAttribute('href')).toBe('tel:0200000100');
	});
});
