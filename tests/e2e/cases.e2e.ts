import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demo, signIn } from '../support/api-client';
import { submittedRequest, syncDevice } from '../support/consultations.js';
import { severeViolations, syncNow, useApp, waitForUnsent } from './support';

const app = useApp();
const separation = crypto.randomUUID();
const nepsy = crypto.randomUUID();
/** The expert the first request asks for. */
let wanted = '';

beforeAll(async () => {
	// Two requests from a field worker's phone, as the requester's app sends them; the first
	// names an expert who sits in one of the county's expert groups.
	const worker = await signIn(app, demo.worker);
	const directory = (await worker.get('/api/v1/directory/snapshot')).text
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line));
	const group = directory.find(
		(line) => line.table === 'groups' && line.data.countyId === 'pirkanmaa'
	).data;
	wanted = group.memberIds[0];
	const phone = await syncDevice(worker);
	const sent = await phone.push([
		{
			table: 'consultations',
			op: 'insert',
			id: separation,
			fields: submittedRequest({
				urgency: 'urgent',
				municipalityId: '837',
				preferredExpertIds: [wanted]
			})
		},
		{
			table: 'consultations',
			op: 'insert',
			id: nepsy,
			fields: submittedRequest({
				themes: ['neurodevelopmental'],
				municipalityId: '536',
				childAgeGroup: '3-6'
			})
		}
	]);
	expect(sent.results.map((result: { status: string }) => result.status)).toEqual([
		'applied',
		'applied'
	]);
	// The worker's tablet, behind, changed the same text as the phone: a conflict to settle.
	const tablet = await syncDevice(await signIn(app, demo.worker));
	await phone.push([update(nepsy, { background: 'Isä muutti toiselle paikkakunnalle' })]);
	const late = await tablet.push([update(nepsy, { background: 'Koulu on huolissaan' })]);
	expect(late.results[0].status).toBe('conflict');
});

const update = (id: string, fields: Record<string, unknown>) => ({
	table: 'consultations',
	op: 'update' as const,
	id,
	fields,
	baseVersion: 1
});

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name });

describe("the coordinator's consultation cases", () => {
	it('moves a case, adds a note, assigns a suggested expert on the proposed date and settles a conflict', async () => {
		const page = await app.signedIn({ email: demo.coordinator, device: 'desktop' });
		// On a desktop the cases are in the side navigation.
		await page
			.getByRole('navigation', { name: 'Päävalikko' })
			.getByRole('link', { name: 'Konsultaatiot' })
			.click();

		// The board: the two requests arrive with the sync, at the first stage (the demo data
		// has cases of its own, so this test follows its own two by their links).
		const board = page.locator('.consultation-board');
		const cardOf = (id: string) =>
			page.getByRole('article').filter({ has: page.locator(`a[href="/app/cases/${id}"]`) });
		const column = (stage: string) => board.locator(`section[data-stage="${stage}"]`);
		await column('trigger')
			.locator(`a[href="/app/cases/${separation}"]`)
			.waitFor({ timeout: 20_000 });
		await column('trigger').locator(`a[href="/app/cases/${nepsy}"]`).waitFor();
		expect(await severeViolations(page)).toEqual([]);

		await page.getByLabel('Teema').selectOption('neurodevelopmental');
		await cardOf(separation).waitFor({ state: 'detached' });
		expect(await cardOf(nepsy).isVisible()).toBe(true);
		const shown = await board.getAttribute('data-shown');
		await page.getByText(`${shown} tapausta näkyvissä`).waitFor();
		await page.getByRole('button', { name: 'Poista rajaukset' }).click();
		await cardOf(separation).waitFor();

		const title = 'Tampere · 7–12 v';
		await cardOf(separation).getByRole('button', { name: 'Siirrä: Puskuri' }).click();
		await page.getByText('Tapaus siirretty vaiheeseen Puskuri.').waitFor();
		await column('buffer').locator(`a[href="/app/cases/${separation}"]`).waitFor();
		const counted = await column('buffer').getByRole('heading', { level: 2 }).textContent();
		expect(counted).toMatch(/^Puskuri \(\d+\)$/);
		// The moved card keeps the keyboard focus in its new column.
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href')))
			.toBe(`/app/cases/${separation}`);

		// The case: its timeline says who moved it and when.
		await cardOf(separation).getByRole('link', { name: title }).click();
		await heading(page, title).waitFor();
		const timeline = page.getByRole('region', { name: 'Aikajana' });
		await timeline.getByText('Puskuri').waitFor();
		await timeline.getByText(/Kaisa Koordinaattori \(sinä\), \d/).waitFor();

		const notes = page.getByRole('region', { name: 'Muistiinpanot' });
		await notes.getByLabel('Uusi muistiinpano').fill('Isä tavoitettu, tapaaminen sovittu');
		await notes.getByLabel('Näytä pyytäjälle').check();
		await notes.getByRole('button', { name: 'Lisää muistiinpano' }).click();
		await notes.getByText('Isä tavoitettu, tapaaminen sovittu').waitFor();
		await notes.getByText('näkyy pyytäjälle').waitFor();

		// Matching: the directory comes with the page. The expert the requester asked for is
		// suggested, with the reasons, and sits in a group that meets on known days.
		const suggestion = page.locator('ol[aria-labelledby="match-experts"] > li').filter({
			has: page.locator(`a[href="/app/directory/expert/${wanted}"]`)
		});
		await suggestion.waitFor({ timeout: 20_000 });
		const reasons = await suggestion.locator('.reasons li').allTextContents();
		expect(reasons).toContain('Pyytäjä toivoi tätä');
		expect(reasons.some((reason) => reason.startsWith('Jäsenenä ryhmässä'))).toBe(true);
		await suggestion.getByText('kokoontuu seuraavan kerran').waitFor();
		const name = (await suggestion.locator('a').first().textContent())!.trim();
		await suggestion.getByRole('button', { name: 'Nimeä tapaukselle' }).click();
		await page.getByText(`${name} nimetty tapaukselle.`).waitFor();
		const proposal = page.getByText(/Ehdotettu käsittelypäivä: [\d.]+, kun .* kokoontuu\./);
		await proposal.waitFor();
		await page.getByRole('button', { name: 'Käytä käsittelypäivänä' }).click();
		await page.getByText(/Käsittelypäiväksi asetettu/).waitFor();
		const handlingDate = () => page.getByLabel('Käsittelypäivä').inputValue();
		await expect.poll(handlingDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const date = await handlingDate();
		const assignees = page.getByRole('region', { name: 'Vastuuhenkilöt' });
		await assignees.getByRole('link', { name }).waitFor();
		expect(await severeViolations(page)).toEqual([]);

		// Everything left with the sync: the server has the stage, the note and the assignee.
		await syncNow(page);
		await waitForUnsent(page, 0);
		const pulled = await (
			await page.request.get(`${app.url}/api/v1/sync/pull?scope=records`)
		).json();
		const byId = (id: string) =>
			pulled.changes.find((change: { id: string }) => change.id === id)?.data;
		expect(byId(separation)).toMatchObject({ stage: 'buffer', handlingDate: date });
		expect(byId(separation).assigneeIds).toHaveLength(1);
		const events = pulled.changes
			.map((change: { data: Record<string, unknown> }) => change.data)
			.filter((data: Record<string, unknown>) => data?.consultationId === separation);
		expect(events).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ type: 'stage', stage: 'buffer' }),
				expect.objectContaining({
					type: 'note',
					text: 'Isä tavoitettu, tapaaminen sovittu',
					forRequester: true
				})
			])
		);

		// The review list: the conflict on the other case, settled by keeping both texts.
		await page.getByRole('link', { name: 'Takaisin konsultaatioihin' }).click();
		await page.getByRole('link', { name: 'Synkronoinnin ristiriidat' }).click();
		const conflict = page.getByRole('article', { name: 'Konsultaatio: Taustatiedot' });
		await conflict.getByText('Isä muutti toiselle paikkakunnalle').waitFor({ timeout: 20_000 });
		await conflict.getByText('Koulu on huolissaan').waitFor();
		await conflict.getByText('Lähettänyt Ville Kenttä', { exact: false }).waitFor();
		await conflict.getByRole('button', { name: 'Säilytä molemmat' }).click();
		await page.getByText('Ratkaistu. Päätös lähtee palvelimelle').waitFor();
		await page.getByText('Ei avoimia ristiriitoja.').waitFor();
		await syncNow(page);
		const openOnServer = async () =>
			(await (await page.request.get(`${app.url}/api/v1/sync/conflicts`)).json()).conflicts;
		await expect.poll(openOnServer, { timeout: 10_000 }).toEqual([]);
	});

	it('lets the requester rate a case that reached feedback, and shows it on the case', async () => {
		const id = crypto.randomUUID();
		const phone = await syncDevice(await signIn(app, demo.worker));
		await phone.push([
			{
				table: 'consultations',
				op: 'insert',
				id,
				fields: submittedRequest({ municipalityId: '980', childAgeGroup: '13-17' })
			}
		]);
		const desk = await syncDevice(await signIn(app, demo.coordinator));
		expect((await desk.push([update(id, { stage: 'feedback' })])).results[0].status).toBe(
			'applied'
		);

		// The requester, on the phone, finds the question for feedback on the request.
		const page = await app.signedIn({ path: `/app/requests/${id}` });
		const rating = page.getByRole('group', { name: /Kuinka hyödyllinen konsultaatio oli/ });
		await rating.waitFor({ timeout: 20_000 });
		await rating.getByRole('radio', { name: '4' }).check();
		await page.getByLabel('Kommentti').fill('Selkeä suunnitelma, kiitos');
		await page.getByRole('button', { name: 'Lähetä palaute' }).click();
		await page.getByText('Kiitos palautteesta.').waitFor();
		await syncNow(page);
		await waitForUnsent(page, 0);
		await page.context().close();

		// The coordinator sees it on the case.
		const desktop = await app.signedIn({
			email: demo.coordinator,
			device: 'desktop',
			path: `/app/cases/${id}`
		});
		const feedback = desktop.getByRole('region', { name: 'Pyytäjän palaute' });
		await feedback.waitFor({ timeout: 20_000 });
		await feedback.getByText('Hyödyllisyys 4 / 5').waitFor();
		await feedback.getByText('Selkeä suunnitelma, kiitos').waitFor();
		expect(await severeViolations(desktop)).toEqual([]);
	});
	it('never hides a draft the desk left: among the drafts, and received once its consent is decided', async () => {
		// A case an earlier version of the desk left as a draft (consent not asked).
		const id = crypto.randomUUID();
		const desk = await syncDevice(await signIn(app, demo.coordinator));
		const left = submittedRequest({
			status: 'draft',
			stage: 'trigger',
			consent: 'not-asked',
			consentDate: null,
			consentMethod: null,
			submittedAt: null,
			municipalityId: '211',
			childAgeGroup: '0-2',
			sourceContactId: crypto.randomUUID()
		});
		const pushed = await desk.push([{ table: 'consultations', op: 'insert', id, fields: left }]);
		expect(pushed.results[0].status).toBe('applied');

		const page = await app.signedIn({
			email: demo.coordinator,
			device: 'desktop',
			path: '/app/cases'
		});
		const drafts = page.getByRole('region', { name: /^Vastaanottamattomat luonnokset/ });
		const card = drafts
			.getByRole('article')
			.filter({ has: page.locator(`a[href="/app/cases/${id}"]`) });
		await card.waitFor({ timeout: 20_000 });
		expect(await card.locator('.badge').allTextContents()).toEqual(['Luonnos']);
		expect(await severeViolations(page)).toEqual([]);

		await card.getByRole('link', { name: 'Täydennä ja vastaanota' }).click();
		const gaps = page.getByRole('region', { name: 'Tapaukselta puuttuu' });
		await gaps.getByText(/^Tapausta ei ole vielä vastaanotettu/).waitFor();
		expect(await gaps.getByRole('listitem').allTextContents()).toEqual([
			'Asiakkaan suostumusta ei ole kirjattu: kirjaa suostumus, peruste edetä ilman sitä tai että konsultaatio on anonyymi.'
		]);
		await gaps.getByRole('button', { name: 'Täydennä tiedot' }).click();
		// Never received without a decision on consent: the form says what to choose.
		await gaps.getByRole('button', { name: 'Tallenna ja vastaanota tapaus' }).click();
		await gaps.getByText(/^Valitse, onko suostumus annettu/).waitFor();
		await gaps.getByRole('radio', { name: 'Suostumus annettu' }).check();
		await gaps.getByLabel('Miten suostumus saatiin').selectOption({ label: 'Kirjallisesti' });
		await gaps.getByLabel('Suostumuksen päivä').fill('2026-11-20');
		await gaps.getByRole('button', { name: 'Tallenna ja vastaanota tapaus' }).click();
		await page.getByText('Tapaus vastaanotettu: se näkyy nyt taululla vaiheessa Heräte.').waitFor();
		await gaps.waitFor({ state: 'detached' });

		await page.getByRole('link', { name: 'Takaisin konsultaatioihin' }).click();
		await page
			.locator(`.consultation-board section[data-stage="trigger"] a[href="/app/cases/${id}"]`)
			.waitFor();
		expect(await drafts.count()).toBe(0);
		await syncNow(page);
		await waitForUnsent(page, 0);
		const pulled = await (
			await page.request.get(`${app.url}/api/v1/sync/pull?scope=records`)
		).json();
		const stored = pulled.changes.filter(
			(change: { id: string; data: { consultationId?: string } }) =>
				change.id === id || change.data?.consultationId === id
		);
		expect(stored.map((change: { data: unknown }) => change.data)).toEqual([
			expect.objectContaining({
				status: 'submitted',
				stage: 'trigger',
				consent: 'given',
				consentMethod: 'written',
				consentDate: '2026-11-20'
			}),
			expect.objectContaining({ type: 'consent', consent: 'given', forRequester: false })
		]);
	});
});
