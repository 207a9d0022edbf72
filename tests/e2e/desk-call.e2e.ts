import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { localDate, localDateTimeValue } from '../../src/lib/domain/local-date';
import { demo } from '../support/api-client';
import {
	dumpIndexedDb,
	severeViolations,
	syncNow as syncFromBadge,
	unlockWithPin,
	useApp,
	waitForUnsent
} from './support';

const app = useApp();
let page: Page;

/**
 * Counts what the coordinator does: every click and every key press except typing text
 * (the issue: "at most 8 interactions besides typing the summary").
 */
class Interactions {
	count = 0;
	constructor(private readonly page: Page) {}

	async press(key: string) {
		this.count += 1;
		await this.page.keyboard.press(key);
	}

	async click(target: Locator) {
		this.count += 1;
		await target.click();
	}

	/** Typing text into the focused field: not counted. */
	async type(text: string) {
		await this.page.keyboard.type(text);
	}
}

type Row = Record<string, unknown> & { id: string };
async function local(): Promise<Record<string, Row[]>> {
	return JSON.parse(await dumpIndexedDb(page));
}

/** Every record the server gives this user, by id. */
async function serverRecords(): Promise<Map<string, { table: string; data: Row }>> {
	const found = new Map<string, { table: string; data: Row }>();
	let since = '';
	for (;;) {
		const query = since ? `&since=${encodeURIComponent(since)}` : '';
		const response = await page.request.get(`${app.url}/api/v1/sync/pull?scope=records${query}`);
		expect(response.status()).toBe(200);
		const body = await response.json();
		for (const change of body.changes) found.set(change.id, change);
		if (!body.hasMore) return found;
		since = body.cursor;
	}
}

/**
 * WCAG 2.1 A/AA check of the call form alone (the whole page is slow to check on a busy
 * machine): its serious and critical violations, and the rules it passed.
 */
async function checkForm() {
	const { default: AxeBuilder } = await import('@axe-core/playwright');
	const results = await new AxeBuilder({ page })
		.include('form.call-form')
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return {
		violations: results.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
		passed: results.passes.map((rule) => rule.id)
	};
}

async function syncNow() {
	await syncFromBadge(page);
	await waitForUnsent(page, 0);
}

/** A case's card on the board, in the column of `stage`. */
const onBoard = (id: string, stage: string) =>
	page
		.locator(`.consultation-board section[data-stage="${stage}"] article`)
		.filter({ has: page.locator(`a[href="/app/cases/${id}"]`) });

const callForm = () => page.getByRole('form', { name: /Saapuva puhelu|Aiempi puhelu/ });
const isFocused = (target: Locator) =>
	target.evaluate((element) => element === document.activeElement);

// One coordinator's desktop for the whole file: each test goes on from where the last left.
beforeAll(async () => {
	page = await app.signedIn({ email: demo.coordinator, device: 'desktop' });
});

describe('call-in logging at the coordinator’s desk', () => {
	it('logs a typical call with at most 8 interactions besides typing, offline first', async () => {
		const user = new Interactions(page);
		const before = Date.now();
		// From the home page: the shortcut works anywhere in the app.
		await user.press('Alt+N');
		await page.waitForURL(/\/app\/desk/);
		await callForm().waitFor();
		expect(await isFocused(callForm().getByLabel('Yhteydenottajan taho', { exact: true }))).toBe(
			true
		);
		await page.context().setOffline(true);

		await user.type('Lastens');
		await user.press('Tab');
		await user.type('Sosiaalit');
		await user.press('Tab');
		await user.type('tamp');
		await user.click(callForm().getByRole('checkbox', { name: 'Vaativat erot / huoltoriidat' }));
		await user.click(callForm().getByRole('radio', { name: 'Anonyymi konsultaatio' }));
		await user.click(callForm().getByLabel('Tiivistelmä (ei nimiä)'));
		await user.type('Huoltoriita, lapsi ei halua tavata isäänsä. Neuvottu verkostopalaveri.');
		await user.click(callForm().getByRole('checkbox', { name: 'Neuvonta' }));
		await user.press('Control+Enter');

		await page.getByText('Puhelu tallennettu (1 min).').waitFor();
		const interactions = user.count;
		expect(interactions).toBeLessThanOrEqual(8);
		expect(interactions).toBe(8);
		// The form closed and the next call is one Enter away.
		expect(await isFocused(page.getByRole('button', { name: /^Saapuva puhelu/ }))).toBe(true);
		await page.getByText('Lastensuojelu, Sosiaalityöntekijä').waitFor();

		// Saved on the device with its outbox entry, the summary encrypted.
		const { 'rec/outbox': outbox } = await local();
		const entry = outbox!.find((row) => row.table === 'contacts');
		expect(entry).toMatchObject({ op: 'insert', baseVersion: null });
		const fields = entry!.fields as Row;
		expect(fields).toMatchObject({
			kind: 'case',
			channel: 'phone',
			sourceType: 'child-protection',
			callerRole: 'social-worker',
			municipalityId: '837',
			themes: ['demanding-separation'],
			urgency: 'normal',
			consent: 'anonymous',
			actions: ['advice'],
			durationMinutes: 1,
			followUp: false
		});
		expect(JSON.stringify(fields.note)).not.toContain('Huoltoriita');
		const occurredAt = Date.parse(String(fields.occurredAt));
		expect(occurredAt).toBeGreaterThanOrEqual(before);
		expect(occurredAt).toBeLessThanOrEqual(Date.now());

		await page.context().setOffline(false);
		await syncNow();
		const onServer = (await serverRecords()).get(String(entry!.id));
		expect(onServer).toMatchObject({
			table: 'contacts',
			data: {
				kind: 'case',
				channel: 'phone',
				note: 'Huoltoriita, lapsi ei halua tavata isäänsä. Neuvottu verkostopalaveri.',
				occurredAt: fields.occurredAt,
				durationMinutes: 1
			}
		});
	});

	it('logs calls without a case in one tap, from the desk and from a running call', async () => {
		const user = new Interactions(page);
		await user.click(page.getByRole('button', { name: 'Väärä numero' }));
		await page.getByText('Kirjattu: Väärä numero.').waitFor();
		expect(user.count).toBe(1);

		await user.press('Alt+N');
		await callForm().waitFor();
		await user.click(callForm().getByRole('button', { name: 'Katkennut puhelu' }));
		await page.getByText('Kirjattu: Katkennut puhelu.').waitFor();
		expect(user.count).toBe(3);

		const contacts = (await local())['rec/contacts']!;
		expect(contacts.find((row) => row.kind === 'wrong-number')).toMatchObject({
			channel: 'phone',
			sourceType: 'other',
			themes: []
		});
		expect(contacts.find((row) => row.kind === 'wrong-number')).not.toHaveProperty(
			'durationMinutes'
		);
		expect(contacts.find((row) => row.kind === 'dropped')).toMatchObject({ durationMinutes: 1 });
		const today = page.getByRole('region', { name: 'Tämän päivän puhelut' });
		await today.getByText('Väärä numero').waitFor();
		await today.getByText('Katkennut puhelu').waitFor();
	});

	it('logs a call taken earlier on another phone at its own time', async () => {
		const yesterday = new Date(Date.now() - 24 * 3_600_000);
		const when = localDateTimeValue(
			new Date(yesterday.getFullYear(), yesterday.getMonth(), yesterday.getDate(), 14, 30)
		);
		await page.getByRole('button', { name: 'Kirjaa aiempi puhelu' }).click();
		const form = callForm();
		await form.getByRole('heading', { name: 'Aiempi puhelu' }).waitFor();
		expect(await isFocused(form.getByLabel('Puhelun päivä ja aika'))).toBe(true);
		await form.getByLabel('Puhelun päivä ja aika').fill(when);
		await form.getByLabel('Yhteydenottajan taho').selectOption({ label: 'Koulu' });
		await form.getByLabel('Tiivistelmä (ei nimiä)').fill('Koulun kuraattori kysyi nepsy-tuesta.');
		// Without a duration the form says what is missing and keeps everything.
		await form.getByRole('button', { name: 'Tallenna puhelu' }).click();
		await form.getByText('Anna kesto kokonaisina minuutteina (0–600).').waitFor();
		expect(await isFocused(form.getByLabel('Kesto (min)'))).toBe(true);
		await page.keyboard.type('12');
		await page.keyboard.press('Enter');
		await page.getByText('Puhelu tallennettu (12 min).').waitFor();

		const contact = (await local())['rec/contacts']!.find((row) => row.sourceType === 'school');
		expect(contact).toMatchObject({
			kind: 'case',
			channel: 'phone',
			durationMinutes: 12,
			occurredAt: new Date(when).toISOString()
		});
		// Yesterday's call is not among today's.
		const today = page.getByRole('region', { name: 'Tämän päivän puhelut' });
		expect(await today.getByText('Koulu').count()).toBe(0);
	});

	it('opens a call as a consultation without retyping, and the form passes axe', async () => {
		await page.keyboard.press('Alt+N');
		const form = callForm();
		await form.waitFor();
		await form.getByLabel('Yhteydenottajan taho').selectOption({ label: 'Perheneuvola' });
		await form.getByRole('radio', { name: 'Suostumus annettu' }).click();
		await form.getByLabel('Miten suostumus saatiin').selectOption({ label: 'Puhelimessa' });
		const municipality = form.getByRole('combobox', { name: 'Kunta' });
		// The caller gives a postal code: the list narrows to its municipality.
		await municipality.fill('86300');
		const places = form.getByRole('listbox', { name: 'Kunta' });
		await places.waitFor();
		expect(await places.getByRole('option').allTextContents()).toEqual([
			expect.stringContaining('Oulainen')
		]);
		// The open form with its listbox and consent details: no serious accessibility problems.
		const axe = await checkForm();
		expect(axe.violations).toEqual([]);
		// It did look at the form's controls, the combobox and its listbox.
		expect(axe.passed).toEqual(
			expect.arrayContaining(['label', 'aria-allowed-attr', 'aria-required-children'])
		);

		await page.keyboard.press('Enter');
		expect(await municipality.inputValue()).toBe('Oulainen');
		// Themes from the keyboard: the chips are check boxes, Tab moves on, Space checks.
		await page.keyboard.press('Tab');
		for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
		const nepsy = form.getByRole('checkbox', { name: 'Vaativat nepsy-asiat' });
		expect(await isFocused(nepsy)).toBe(true);
		await page.keyboard.press('Space');
		expect(await nepsy.isChecked()).toBe(true);
		await form.getByRole('radio', { name: 'Kiireellinen' }).check();
		await form
			.getByLabel('Tiivistelmä (ei nimiä)')
			.fill('Lapsen autismikirjon tuki katkennut. Mitä tukea perhe tarvitsee koulun alkuun?');
		await form.getByRole('button', { name: 'Avaa konsultaationa' }).click();

		await page.waitForURL(/\/app\/cases\/[0-9a-f-]{36}$/);
		const consultationId = new URL(page.url()).pathname.split('/').pop()!;
		const db = await local();
		const consultation = db['rec/consultations']!.find((row) => row.id === consultationId);
		expect(consultation).toMatchObject({
			status: 'submitted',
			stage: 'trigger',
			urgency: 'urgent',
			consent: 'given',
			consentMethod: 'phone',
			consentDate: localDate(new Date()),
			municipalityId: '563',
			themes: ['neurodevelopmental'],
			requesterOrganisation: 'Perheneuvola'
		});
		expect(JSON.stringify(consultation!.question)).not.toContain('autismikirjon');
		const contact = db['rec/contacts']!.find((row) => row.consultationId === consultationId);
		expect(contact).toMatchObject({ kind: 'case', actions: ['consultation-opened'] });
		expect(consultation!.sourceContactId).toBe(contact!.id);
		expect(
			db['rec/consultation_events']!.filter((row) => row.consultationId === consultationId)
		).toMatchObject([{ type: 'stage', stage: 'trigger' }]);

		// The server takes all three (a reload locks the app: unlock, then send).
		await page.goto(`${app.url}/app/desk`);
		await unlockWithPin(page);
		await syncNow();
		const records = await serverRecords();
		expect(records.get(consultationId)?.data).toMatchObject({
			status: 'submitted',
			stage: 'trigger',
			question: 'Lapsen autismikirjon tuki katkennut. Mitä tukea perhe tarvitsee koulun alkuun?'
		});
		expect(records.get(contact!.id)?.data).toMatchObject({ consultationId });
		expect(
			[...records.values()].filter(
				(change) =>
					change.table === 'consultation_events' && change.data.consultationId === consultationId
			)
		).toHaveLength(1);
	});
	it('receives a case opened without every consent detail at once: on the board, and its page asks for the rest', async () => {
		await page.keyboard.press('Alt+N');
		const form = callForm();
		await form.waitFor();
		await form.getByLabel('Yhteydenottajan taho').selectOption({ label: 'Koulu' });
		await form.getByRole('checkbox', { name: 'Vaativat erot / huoltoriidat' }).click();
		// Consent given, but the caller did not say how: "not known".
		await form.getByRole('radio', { name: 'Suostumus annettu' }).click();
		await form
			.getByLabel('Tiivistelmä (ei nimiä)')
			.fill('Koulu huolissaan poissaoloista huoltoriidan keskellä. Miten tukea lasta?');
		await form.getByRole('button', { name: 'Avaa konsultaationa' }).click();
		await page.waitForURL(/\/app\/cases\/[0-9a-f-]{36}$/);
		const id = new URL(page.url()).pathname.split('/').pop()!;

		// The case page says plainly what is missing and offers to complete it.
		const gaps = page.getByRole('region', { name: 'Tapaukselta puuttuu' });
		await gaps.getByText('Ei ole kirjattu, miten suostumus saatiin.').waitFor();
		expect(await gaps.getByRole('listitem').allTextContents()).toEqual([
			'Ei ole kirjattu, miten suostumus saatiin.'
		]);
		expect(await gaps.getByRole('button', { name: 'Täydennä tiedot' }).isVisible()).toBe(true);
		const consultation = (await local())['rec/consultations']!.find((row) => row.id === id);
		expect(consultation).toMatchObject({
			status: 'submitted',
			stage: 'trigger',
			consent: 'given',
			consentMethod: null
		});

		// The board shows it at heräte, in the coordinator's own county, and in every filter that fits.
		await page.getByRole('link', { name: 'Takaisin konsultaatioihin' }).click();
		const card = onBoard(id, 'trigger');
		await card.waitFor();
		expect(await page.getByLabel('Hyvinvointialue').inputValue()).toBe('pirkanmaa');
		await page.getByLabel('Teema').selectOption('demanding-separation');
		await page.getByLabel('Vastuuhenkilö').selectOption('unassigned');
		await page.getByLabel('Näytä myös päättyneet').check();
		await card.waitFor();
		await page.getByRole('button', { name: 'Poista rajaukset' }).click();
		await card.waitFor();

		// Completed on the case page: nothing is missing any more.
		await card.getByRole('link').first().click();
		await gaps.getByRole('button', { name: 'Täydennä tiedot' }).click();
		await gaps.getByLabel('Miten suostumus saatiin').selectOption({ label: 'Puhelimessa' });
		await gaps.getByRole('button', { name: 'Tallenna', exact: true }).click();
		await gaps.waitFor({ state: 'detached' });
		await page.getByRole('status').getByText('Tallennettu.').waitFor();
		const db = await local();
		expect(db['rec/consultations']!.find((row) => row.id === id)).toMatchObject({
			status: 'submitted',
			consent: 'given',
			consentMethod: 'phone'
		});

		await syncNow();
		const records = await serverRecords();
		expect(records.get(id)?.data).toMatchObject({
			status: 'submitted',
			stage: 'trigger',
			consent: 'given',
			consentMethod: 'phone'
		});
	});

	it('receives an anonymous consultation at once, and the server takes it before the question is written', async () => {
		await page.keyboard.press('Alt+N');
		const form = callForm();
		await form.waitFor();
		await form.getByLabel('Yhteydenottajan taho').selectOption({ label: 'Poliisi' });
		await form.getByRole('radio', { name: 'Anonyymi konsultaatio' }).click();
		await form.getByRole('radio', { name: 'Akuutti' }).check();
		// No summary: the call was short.
		await form.getByRole('button', { name: 'Avaa konsultaationa' }).click();
		await page.waitForURL(/\/app\/cases\/[0-9a-f-]{36}$/);
		const id = new URL(page.url()).pathname.split('/').pop()!;

		const gaps = page.getByRole('region', { name: 'Tapaukselta puuttuu' });
		await gaps.getByText('Kysymys asiantuntijaryhmälle puuttuu.').waitFor();
		await gaps.getByText(/Perheen suostumusta ei ole kirjattu/).waitFor();
		expect(await gaps.getByRole('listitem').allTextContents()).toEqual([
			'Kysymys asiantuntijaryhmälle puuttuu.'
		]);

		// Sent as it is: other coordinators of the county see it after their sync.
		await syncNow();
		expect((await serverRecords()).get(id)?.data).toMatchObject({
			status: 'submitted',
			stage: 'trigger',
			consent: 'anonymous',
			urgency: 'acute',
			question: ''
		});
		const { 'rec/syncIssues': issues } = await local();
		expect(issues ?? []).toEqual([]);

		await page.getByRole('link', { name: 'Takaisin konsultaatioihin' }).click();
		const card = onBoard(id, 'trigger');
		await card.waitFor();
		expect(await card.locator('.badge').allTextContents()).toEqual(['Akuutti', 'Anonyymi']);
		await page.getByLabel('Kiireellisyys').selectOption('acute');
		await card.waitFor();

		await card.getByRole('link').first().click();
		await gaps.getByRole('button', { name: 'Täydennä tiedot' }).click();
		await gaps
			.getByLabel('Kysymys asiantuntijaryhmälle (ei nimiä)')
			.fill('Uhkaako lasta vaara tapaamisissa?');
		await gaps.getByRole('button', { name: 'Tallenna', exact: true }).click();
		// Nothing is missing; the case stays anonymous until the family consents.
		const anonymous = page.getByRole('region', { name: 'Anonyymi konsultaatio' });
		await anonymous.getByRole('button', { name: 'Kirjaa suostumus' }).waitFor();
		expect(await anonymous.getByRole('listitem').count()).toBe(0);
		expect(await severeViolations(page)).toEqual([]);
	});

	it("shows the caller's history beside the form (on a phone a section that folds), and its own Undo above the tabs", async () => {
		await page.keyboard.press('Alt+N');
		const form = callForm();
		await form.waitFor();
		// From the device alone: the history comes without a network.
		await page.context().setOffline(true);
		await form.getByLabel('Yhteydenottajan taho').selectOption({ label: 'Lastensuojelu' });
		const history = page.getByRole('region', { name: 'Soittajan taho aiemmin' });
		await history.waitFor();
		// Beside the form, not under it.
		const [formBox, historyBox] = [(await form.boundingBox())!, (await history.boundingBox())!];
		expect(historyBox.x).toBeGreaterThan(formBox.x + formBox.width - 1);
		expect(historyBox.y).toBeLessThan(formBox.y + 200);
		await form.getByRole('combobox', { name: 'Kunta' }).fill('Tampere');
		await page.keyboard.press('Tab');
		await history.getByText('Lastensuojelu · Tampere', { exact: true }).waitFor();
		// The first test's call is there (its summary stays encrypted: who, where, what, how long).
		const calls = history.getByRole('list', { name: 'Viimeisimmät puhelut' });
		await calls.getByText('Vaativat erot / huoltoriidat').first().waitFor();
		const rows = await calls.getByRole('listitem').allTextContents();
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.length).toBeLessThanOrEqual(5);
		for (const row of rows) expect(row).toMatch(/Lastensuojelu.*Tampere/s);
		// Its open cases: each one in Tampere (a case is named by its place and the child's age).
		const cases = history.getByRole('list', { name: 'Avoimet konsultaatiot' });
		for (const item of await cases.getByRole('listitem').allTextContents()) {
			expect(item.trim()).toMatch(/^Tampere/);
		}
		await page.context().setOffline(false);

		// On a phone: below the form, folded to one line until opened.
		await page.setViewportSize({ width: 390, height: 844 });
		const folded = page.locator('details.caller-history');
		await folded.waitFor();
		expect(await history.count()).toBe(0);
		const summary = folded.locator('summary');
		expect(await summary.textContent()).toMatch(/Soittajan taho aiemmin\s*Lastensuojelu · Tampere/);
		expect((await summary.boundingBox())!.y).toBeGreaterThan((await form.boundingBox())!.y);
		expect(await folded.getByRole('list').first().isVisible()).toBe(false);
		await summary.click();
		expect(await folded.getByRole('list', { name: 'Viimeisimmät puhelut' }).isVisible()).toBe(true);

		// Saved: the notice and its Undo stay in view above the bottom tabs, read out, and go.
		await form.getByRole('button', { name: 'Tallenna puhelu' }).click();
		const notice = page.getByRole('status').filter({ hasText: 'Puhelu tallennettu' });
		const undo = notice.getByRole('button', { name: 'Kumoa' });
		await undo.waitFor();
		expect(await notice.getAttribute('aria-live')).toBe('polite');
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		const tabs = (await page.locator('.bottom-nav').boundingBox())!;
		const undoBox = (await undo.boundingBox())!;
		expect(undoBox.y).toBeGreaterThanOrEqual(0);
		expect(undoBox.y + undoBox.height).toBeLessThanOrEqual(tabs.y);
		expect(
			await undo.evaluate((element) => {
				const box = element.getBoundingClientRect();
				const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
				return !!hit && element.contains(hit);
			})
		).toBe(true);
		await undo.waitFor({ state: 'detached', timeout: 15_000 });
		await notice.getByText('Puhelu tallennettu').waitFor({ state: 'detached' });
		await page.setViewportSize({ width: 1280, height: 900 });
	});
});
