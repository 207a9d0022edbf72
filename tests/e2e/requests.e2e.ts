import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demo, newClientId, signIn, type ApiClient } from '../support/api-client';
import {
	dumpIndexedDb,
	openSyncPanel,
	serviceWorkerReady,
	severeViolations,
	syncNow as syncFromBadge,
	unlockWithPin,
	useApp,
	waitForUnsent
} from './support';

const app = useApp();

const nav = (page: Page, name: string) =>
	page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name }).click();

async function openDirectory(page: Page) {
	await nav(page, 'Hakemisto');
	await page.getByText('Hakemistossa on 88 asiantuntijaa').waitFor({ timeout: 20_000 });
}

/** "Sync now", then wait until nothing waits (another round may have been running). */
async function syncNow(page: Page) {
	await syncFromBadge(page);
	await page.locator('.sync-badge[data-synced-at]').waitFor({ state: 'attached' });
	await waitForUnsent(page, 0);
}

/** The server's copy of the worker's records, through the worker's own session. */
async function serverRecords(page: Page) {
	const answer = await page.request.get(`${app.url}/api/v1/sync/pull?scope=records&limit=1000`);
	return (await answer.json()).changes as {
		table: string;
		id: string;
		version: number;
		data: Record<string, unknown>;
	}[];
}

/** Taps a `tel:` link as a person would; the phone's dialler is outside the browser's reach. */
async function tapCallLink(page: Page, selector: string) {
	await page.evaluate((css) => {
		const link = document.querySelector<HTMLAnchorElement>(css)!;
		link.addEventListener('click', (event) => event.preventDefault(), { once: true });
		link.click();
	}, selector);
}

/** How a button is drawn: enough to tell a disabled one from an enabled one. */
const drawn = (page: Page, name: string) =>
	page.getByRole('button', { name }).evaluate((button) => {
		const style = getComputedStyle(button);
		return `${style.backgroundColor} ${style.borderStyle} ${style.color} ${style.cursor}`;
	});

/** The text an element's aria-describedby points to. */
const description = (page: Page, name: string) =>
	page.getByRole('button', { name }).evaluate((button) =>
		(button.getAttribute('aria-describedby') ?? '')
			.split(' ')
			.map((id) => document.getElementById(id)?.textContent ?? '')
			.join(' ')
	);

async function cameBackToTheApp(page: Page) {
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
}

describe('quick logging on the phone', () => {
	it('saves the common contact in four taps from the Log tab', async () => {
		const page = await app.signedIn();

		let taps = 0;
		const tap = async (action: () => Promise<void>) => {
			taps += 1;
			await action();
		};
		await tap(() => nav(page, 'Kirjaa'));
		await tap(() => page.getByRole('checkbox', { name: 'Vaativat erot / huoltoriidat' }).click());
		await tap(() => page.getByRole('radio', { name: '7–12 v' }).click());
		await tap(() => page.getByRole('button', { name: 'Tallenna yhteydenotto' }).click());
		await page.getByText('Yhteydenotto tallennettu').waitFor();
		expect(taps).toBeLessThanOrEqual(5);

		await syncNow(page);
		const [contact] = (await serverRecords(page)).filter((record) => record.table === 'contacts');
		expect(contact?.data).toMatchObject({
			kind: 'case',
			channel: 'phone',
			sourceType: 'family-social-work',
			themes: ['demanding-separation'],
			ageGroup: '7-12'
		});
		expect(await severeViolations(page)).toEqual([]);
	});

	it('offers to log a call made from the directory when the user comes back', async () => {
		const page = await app.signedIn();
		await openDirectory(page);
		const name = (await page
			.locator('#directory-results a.call')
			.first()
			.getAttribute('aria-label'))!;
		await tapCallLink(page, '#directory-results a.call');
		await cameBackToTheApp(page);

		const prompt = page.locator('.call-prompt');
		await prompt.waitFor();
		expect(name).toContain(
			(await prompt.locator('strong').textContent())!.replace(/^Kirjataanko puhelu: |\?$/g, '')
		);
		await prompt.getByRole('button', { name: 'Kirjaa puhelu' }).click();
		await page.waitForURL(/\/app\/log$/);
		await page.getByText(/^Puhelu: .+, noin 1 min$/).waitFor();
		await page.getByRole('checkbox', { name: 'Vaativat nepsy-asiat' }).click();
		await page.getByRole('button', { name: 'Tallenna yhteydenotto' }).click();
		await page.getByText('Yhteydenotto tallennettu').waitFor();

		await syncNow(page);
		const contact = (await serverRecords(page)).find(
			(record) => record.table === 'contacts' && record.data.durationMinutes !== undefined
		);
		expect(contact?.data).toMatchObject({ channel: 'phone', durationMinutes: 1 });
		expect(contact?.data.personId).toMatch(/^[0-9a-f-]{36}$/);
	});
});

describe('consultation requests', () => {
	it('keeps an offline request as a draft over a reload, puts the call first in high risk, checks it, and sends it once consent is recorded', async () => {
		const page = await app.signedIn();
		await openDirectory(page);
		await serviceWorkerReady(page);
		await page.context().setOffline(true);
		// From here on the service worker serves the app, as on a phone in a basement.
		await page.reload();
		await unlockWithPin(page);

		await nav(page, 'Pyynnöt');
		await page.getByRole('button', { name: 'Uusi konsultaatiopyyntö' }).click();
		await page.waitForURL(/\/app\/requests\/[0-9a-f-]{36}$/);
		await page.getByRole('checkbox', { name: 'Lapsikaappauksen uhka' }).check();
		const callNow = page.getByRole('region', { name: 'Soita koordinaattorille nyt' });
		await callNow.waitFor();
		expect(await callNow.getByRole('link').getAttribute('href')).toMatch(/^tel:/);
		// "Call now" comes before the form itself.
		const callIsFirst = await page.evaluate(() => {
			const call = document.querySelector('.call-now')!;
			const form = document.querySelector('form.stepper')!;
			return !!(call.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING);
		});
		expect(callIsFirst).toBe(true);
		// High risk starts at the most urgent level.
		expect(await page.getByRole('radio', { name: 'Akuutti' }).isChecked()).toBe(true);

		for (let step = 0; step < 5; step += 1) {
			await page.getByRole('button', { name: 'Seuraava' }).click();
		}
		await page.getByRole('heading', { name: /Vaihe 6\/6/ }).waitFor();
		await page.getByText('Suostumusta ei ole kysytty.').waitFor();
		expect(await page.getByRole('button', { name: 'Lähetä pyyntö' }).isDisabled()).toBe(true);
		// Visibly disabled, with the reason next to it and named by it.
		const disabledLook = await drawn(page, 'Lähetä pyyntö');
		expect(await description(page, 'Lähetä pyyntö')).toContain('Suostumusta ei ole kysytty.');
		await page.getByText(/Luonnos tallennettu tälle laitteelle/).waitFor();

		// Still offline: the draft survives a reload (the lock asks for the PIN again).
		await page.reload();
		await unlockWithPin(page);
		await nav(page, 'Pyynnöt');
		await page.getByRole('link', { name: 'Nimetön luonnos' }).click();
		expect(await page.getByRole('checkbox', { name: 'Lapsikaappauksen uhka' }).isChecked()).toBe(
			true
		);

		await page.getByRole('button', { name: 'Seuraava' }).click();
		await page.getByRole('radio', { name: 'Suostumus annettu' }).check();
		// Consent is most often given the day the request is made: the date starts as today.
		const today = await page.evaluate(() => {
			const now = new Date();
			const pad = (n: number) => String(n).padStart(2, '0');
			return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
		});
		expect(await page.getByLabel('Suostumuksen päivä').inputValue()).toBe(today);
		await page.getByRole('radio', { name: 'Tapaamisessa' }).check();
		await page.getByRole('button', { name: 'Seuraava' }).click();
		await page.getByRole('radio', { name: '3–6 v' }).check();
		await page.getByLabel('Kunta', { exact: true }).selectOption('837');
		// Why it is stuck, coded for the statistics (issue 16), beside the free text.
		await page.getByRole('checkbox', { name: 'Kukaan ei koordinoi kokonaisuutta' }).check();
		await page.getByRole('button', { name: 'Seuraava' }).click();
		await page
			.getByLabel('Kysymys, johon haetaan vastausta')
			.fill('Miten turvata lapsen tapaamiset ulkomaille muuton uhatessa 5531?');
		await page.getByRole('button', { name: 'Seuraava' }).click();
		await page.getByRole('button', { name: 'Seuraava' }).click();

		// Step 6 lists what was entered, each part with a way back to its step.
		const review = page.locator('form.stepper');
		const question = 'Miten turvata lapsen tapaamiset ulkomaille muuton uhatessa 5531?';
		for (const entered of [
			'Korkea riski',
			'Lapsikaappauksen uhka',
			'Akuutti',
			'Suostumus annettu',
			'Tapaamisessa',
			'3–6 v',
			'Tampere',
			'Kukaan ei koordinoi kokonaisuutta',
			question
		]) {
			await review.getByText(entered).first().waitFor();
		}
		await review.getByRole('button', { name: 'Muokkaa: Kysymys' }).click();
		await page.getByRole('heading', { name: 'Vaihe 4/6: Kysymys' }).waitFor();
		await page.getByRole('button', { name: 'Seuraava' }).click();
		await page.getByRole('button', { name: 'Seuraava' }).click();
		expect(await page.getByRole('button', { name: 'Lähetä pyyntö' }).isDisabled()).toBe(false);
		expect(await drawn(page, 'Lähetä pyyntö')).not.toBe(disabledLook);
		expect(await severeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Lähetä pyyntö' }).click();
		await page.getByText('Pyyntö on lähetetty.').waitFor();
		expect(await severeViolations(page)).toEqual([]);

		// The sent request: its state under "Tila", high risk and its urgency in words.
		const facts = await page
			.locator('.summary dt')
			.evaluateAll((terms) =>
				terms.map((term) => [
					term.textContent?.trim(),
					term.nextElementSibling?.textContent?.trim()
				])
			);
		expect(facts).toContainEqual(['Tila', 'Lähetetty']);
		expect(facts).toContainEqual(['Korkean riskin tilanne', '⚠Korkea riski Lapsikaappauksen uhka']);
		expect(facts).toContainEqual(['Kiireellisyys', 'Akuutti']);
		expect(facts).toContainEqual(['Kysymys, johon haetaan vastausta', question]);
		// On the phone the question takes the whole width, label above it: no word per line.
		const widths = await page
			.locator('.summary dd', { hasText: question })
			.evaluate((value) => [value.clientWidth, value.parentElement!.clientWidth]);
		expect(widths[0]).toBe(widths[1]);
		await page.getByRole('button', { name: 'Lähetä viesti' }).waitFor();

		// Free text is encrypted on the device.
		expect(await dumpIndexedDb(page)).not.toContain('5531');

		await page.context().setOffline(false);
		await syncNow(page);
		await waitForUnsent(page, 0);
		const records = await serverRecords(page);
		const request = records.find((record) => record.table === 'consultations');
		expect(request?.data.urgency).toBe('acute');
		expect(request?.data).toMatchObject({
			status: 'submitted',
			consent: 'given',
			consentMethod: 'in-person',
			highRisk: ['abduction-threat'],
			stuckReasons: ['no-coordination'],
			childAgeGroup: '3-6',
			municipalityId: '837'
		});
		expect(String(request?.data.question)).toContain('5531');
		const consent = records.find(
			(record) => record.table === 'consultation_events' && record.data.type === 'consent'
		);
		expect(consent?.data).toMatchObject({ consultationId: request?.id, consent: 'given' });

		// A second request: My requests tells them apart by their question, state and place.
		await nav(page, 'Pyynnöt');
		await page.getByRole('button', { name: 'Uusi konsultaatiopyyntö' }).click();
		await page.waitForURL(/\/app\/requests\/[0-9a-f-]{36}$/);
		for (let step = 0; step < 3; step += 1) {
			await page.getByRole('button', { name: 'Seuraava' }).click();
		}
		await page
			.getByLabel('Kysymys, johon haetaan vastausta')
			.fill('Toinen pyyntö: koulupoissaolot');
		await page.getByRole('button', { name: 'Seuraava' }).click();
		await page.getByText(/Luonnos tallennettu/).waitFor();
		await page.getByRole('link', { name: 'Omat pyynnöt' }).click();
		const sentRow = page.locator('.request-row', {
			has: page.getByRole('link', { name: question })
		});
		await sentRow.getByText('Korkea riski · Akuutti').waitFor();
		await sentRow.getByText('Tampere').waitFor();
		await sentRow.getByText('Lähetetty', { exact: true }).waitFor();
		const draftRow = page.locator('.request-row', {
			has: page.getByRole('link', { name: 'Toinen pyyntö: koulupoissaolot' })
		});
		await draftRow.getByText('Luonnos', { exact: true }).waitFor();
		const titles = await page.locator('.request-row .title').allTextContents();
		expect(new Set(titles).size).toBe(titles.length);
		expect(await severeViolations(page)).toEqual([]);
	});
});

describe('sync problems shown to the worker', () => {
	let coordinator: ApiClient;
	let desk: string;
	let deskMid = 0;

	beforeAll(async () => {
		coordinator = await signIn(app, demo.coordinator);
		desk = newClientId();
		expect((await coordinator.post('/api/v1/devices', { clientId: desk })).status).toBe(200);
	});

	it('shows an edit conflict in plain language and keeps both texts when asked', async () => {
		const page = await app.signedIn();
		await nav(page, 'Pyynnöt');
		await page.getByRole('button', { name: 'Uusi konsultaatiopyyntö' }).click();
		await page.waitForURL(/\/app\/requests\/[0-9a-f-]{36}$/);
		const id = page.url().split('/').pop()!;
		await page
			.getByText(/Luonnos tallennettu/)
			.waitFor({ timeout: 5_000 })
			.catch(() => undefined);
		await syncNow(page);
		await waitForUnsent(page, 0);

		await page.context().setOffline(true);
		// Meanwhile the coordinator writes where the case is stuck.
		deskMid += 1;
		const theirs = await coordinator.post('/api/v1/sync/push', {
			clientId: desk,
			schemaVersion: 5,
			mutations: [
				{
					mid: deskMid,
					op: 'update',
					table: 'consultations',
					id,
					baseVersion: 1,
					fields: { stuck: 'Koordinaattori: käräjäoikeuden päätös odottaa' },
					clientTs: new Date().toISOString()
				}
			]
		});
		expect(theirs.body.results[0].status).toBe('applied');

		// The worker, offline, writes the same field.
		await page.getByRole('button', { name: 'Seuraava' }).click();
		await page.getByRole('button', { name: 'Seuraava' }).click();
		await page.getByLabel('Mihin tilanne on jumittunut').fill('Työntekijä: tapaamiset katkenneet');
		await page.getByRole('button', { name: 'Seuraava' }).click();
		await page.getByText(/Luonnos tallennettu/).waitFor();
		await page.context().setOffline(false);
		await syncNow(page);

		await (await openSyncPanel(page)).getByRole('link', { name: '1 tarkistettavaa' }).click();
		await page
			.getByRole('heading', { name: 'Joku muutti samaa tietoa, kun olit ilman verkkoa' })
			.waitFor();
		await page.getByText('Koordinaattori: käräjäoikeuden päätös odottaa').waitFor();
		await page.getByText('Työntekijä: tapaamiset katkenneet').waitFor();
		expect(await severeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Pidä molemmat' }).click();
		await page.getByText('Ei tarkistettavaa.').waitFor();
		await syncNow(page);
		await waitForUnsent(page, 0);

		const record = (await serverRecords(page)).find((entry) => entry.id === id);
		expect(String(record?.data.stuck)).toContain('Koordinaattori: käräjäoikeuden päätös odottaa');
		expect(String(record?.data.stuck)).toContain('Työntekijä: tapaamiset katkenneet');
		const conflicts = await coordinator.get('/api/v1/sync/conflicts');
		if (conflicts.status === 200) {
			const open = (conflicts.body.conflicts ?? conflicts.body ?? []) as { recordId?: string }[];
			expect(open.filter((conflict) => conflict.recordId === id)).toEqual([]);
		}
	});

	it('shows a change the server refused, and the changes after it still go', async () => {
		const page = await app.signedIn();
		await nav(page, 'Pyynnöt');
		await page.getByRole('button', { name: 'Uusi konsultaatiopyyntö' }).click();
		await page.waitForURL(/\/app\/requests\/[0-9a-f-]{36}$/);
		const id = page.url().split('/').pop()!;
		await syncNow(page);
		await waitForUnsent(page, 0);

		// A change this worker may not make (moving the stage), queued as an old app might.
		await page.evaluate(async (recordId) => {
			const request = <T>(r: IDBRequest<T>) =>
				new Promise<T>((resolve, reject) => {
					r.onsuccess = () => resolve(r.result);
					r.onerror = () => reject(r.error);
				});
			const db = await request(indexedDB.open('rec'));
			const tx = db.transaction(['outbox', 'meta'], 'readwrite');
			const meta = tx.objectStore('meta');
			const mid = ((await request(meta.get('nextMid'))) as { value: number }).value;
			meta.put({ key: 'nextMid', value: mid + 1 });
			tx.objectStore('outbox').add({
				mid,
				op: 'update',
				table: 'consultations',
				id: recordId,
				baseVersion: 1,
				fields: { stage: 'plan' },
				clientTs: new Date().toISOString()
			});
			await new Promise((resolve) => (tx.oncomplete = resolve));
			db.close();
		}, id);
		await nav(page, 'Kirjaa');
		await page.getByLabel('Lyhyt muistiinpano (ei nimiä)').fill('hylätyn jälkeen 7730');
		await page.getByRole('button', { name: 'Tallenna yhteydenotto' }).click();
		await page.getByText('Yhteydenotto tallennettu').waitFor();
		await syncNow(page);
		await waitForUnsent(page, 0);

		await (await openSyncPanel(page)).getByRole('link', { name: '1 tarkistettavaa' }).click();
		await page.getByRole('heading', { name: 'Palvelin ei hyväksynyt muutosta' }).waitFor();
		// Why, in the person's language; the server's own sentence folded, for the administrator.
		await page.getByText('Vain koordinaattori voi tehdä tämän muutoksen.').waitFor();
		const serverSays = page.getByText(/only a coordinator may set stage/);
		expect(await serverSays.isVisible()).toBe(false);
		await page.getByText('Palvelimen viesti ylläpidolle (englanniksi)').click();
		await serverSays.waitFor();
		expect(await serverSays.getAttribute('lang')).toBe('en');
		const records = await serverRecords(page);
		expect(records.filter((record) => record.data?.note === 'hylätyn jälkeen 7730')).toHaveLength(
			1
		);
		await page.getByRole('button', { name: 'Selvä' }).click();
		await page.getByText('Ei tarkistettavaa.').waitFor();
	});
});

describe('two tabs on one device', () => {
	it('shows a contact saved in one tab in the other, and sends it exactly once', async () => {
		const first = await app.signedIn();
		const second = await first.context().newPage();
		await second.goto(`${app.url}/app/log`);
		await unlockWithPin(second);

		await nav(first, 'Kirjaa');
		await first.getByLabel('Lyhyt muistiinpano (ei nimiä)').fill('kahden välilehden testi');
		await first.getByRole('button', { name: 'Tallenna yhteydenotto' }).click();
		await first.getByText('Yhteydenotto tallennettu').waitFor();
		await second.getByText('Lähettämättä: 1').waitFor();

		await Promise.all([syncNow(first), syncNow(second)]);
		await waitForUnsent(first, 0);
		await waitForUnsent(second, 0);
		const contacts = (await serverRecords(first)).filter(
			(record) => record.data?.note === 'kahden välilehden testi'
		);
		expect(contacts).toHaveLength(1);
	});
});
