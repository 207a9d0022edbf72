import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demo, signIn, type AnyJson, type ApiClient } from '../support/api-client';
import { submittedRequest, syncDevice } from '../support/consultations.js';
import { outboxSize, severeViolations, syncNow, useApp, waitForUnsent } from './support';

const app = useApp();
const caseId = crypto.randomUUID();
const question = 'Miten huoltoriidan juridiset vaihtoehdot kannattaa kertoa perheelle?';
let coordinator: ApiClient;
let coordinatorDevice: Awaited<ReturnType<typeof syncDevice>>;
let lawyerId = '';
let pairUserId = '';
let group: { id: string; name: string } = { id: '', name: '' };
let version = 1;

/** The coordinator's device changes the case, based on the version it last wrote. */
async function coordinatorSets(fields: Record<string, unknown>) {
	const answer = await coordinatorDevice.push([
		{ table: 'consultations', op: 'update', id: caseId, fields, baseVersion: version }
	]);
	expect(answer.results[0].status).toBe('applied');
	version = answer.results[0].version;
}

beforeAll(async () => {
	// A field worker's request, received by the coordinator, who keeps an internal note on it.
	const worker = await syncDevice(await signIn(app, demo.worker));
	const sent = await worker.push([
		{
			table: 'consultations',
			op: 'insert',
			id: caseId,
			fields: submittedRequest({ question, clientGroups: ['repeated-court-cases'] })
		}
	]);
	expect(sent.results[0].status).toBe('applied');
	coordinator = await signIn(app, demo.coordinator);
	coordinatorDevice = await syncDevice(coordinator);
	lawyerId = (await (await signIn(app, demo.expert)).get('/api/v1/me')).body.user.expertId;
	expect(lawyerId).toBeTruthy();
	// The Pirkanmaa group whose mobile pair the demo's mobile-pair account is.
	const pair = await signIn(app, demo.mobilePair);
	const me = (await pair.get('/api/v1/me')).body.user;
	pairUserId = me.id;
	const snapshot = await pair.get('/api/v1/directory/snapshot');
	group = snapshot.text
		.trim()
		.split('\n')
		.slice(1)
		.map((line: string) => JSON.parse(line).data)
		.find((entry: AnyJson) => entry?.mobilePairIds?.includes(me.expertId));
	expect(group?.id).toBeTruthy();
	const internal = await coordinatorDevice.push([
		{
			table: 'consultation_events',
			op: 'insert',
			id: crypto.randomUUID(),
			fields: {
				consultationId: caseId,
				type: 'note',
				text: 'Vain koordinaattoreille: isän asianajaja soitti',
				forRequester: false,
				stage: null,
				consent: null,
				at: new Date().toISOString()
			}
		}
	]);
	expect(internal.results[0].status).toBe('applied');
});

const mainNav = (phone: Page) => phone.getByRole('navigation', { name: 'Päävalikko' });
const myCases = (page: Page) => mainNav(page).getByRole('link', { name: 'Omat tapaukset' });
/** The header's "new for you" (components/notices/NoticesBadge.svelte). */
const noticesBadge = (page: Page) => page.locator('a.notices-badge');

/** The case as the server holds it now, through the coordinator's pull. */
async function serverCase(): Promise<AnyJson> {
	let cursor = '';
	let found: AnyJson = null;
	for (;;) {
		const since = cursor ? `&since=${encodeURIComponent(cursor)}` : '';
		const page = (await coordinator.get(`/api/v1/sync/pull?scope=records&limit=1000${since}`)).body;
		for (const change of page.changes) if (change.id === caseId) found = change.data;
		if (!page.hasMore) return found;
		cursor = page.cursor;
	}
}

describe("the expert's own cases", () => {
	it("brings a case assigned to a lawyer and a group to the lawyer's phone with a notice, offline after one sync, takes their note; the group's agenda lists it and its mobile pair marks it ready; the answers reach the requester; unassigned, it leaves the lawyer's phone", async () => {
		await coordinatorSets({ stage: 'coordination', assigneeIds: [lawyerId], groupId: group.id });

		const phone = await app.signedIn({ email: demo.expert });
		// An expert's navigation: the directory, their cases, their groups' meetings and more; no logging, no requests,
		// no coordinator's tools.
		const nav = mainNav(phone);
		expect((await nav.getByRole('link').allTextContents()).map((text) => text.trim())).toEqual([
			'Hakemisto',
			'Omat tapaukset',
			'Kokoukset',
			'Lisää'
		]);
		await myCases(phone).click();
		const link = phone.locator(`a[href="/app/mine/${caseId}"]`);
		await link.waitFor({ timeout: 20_000 });
		await link.getByText(question).waitFor();
		await link.getByText('Sinut on kutsuttu').waitFor();
		expect(await severeViolations(phone)).toEqual([]);

		// What is new for them: the badge counts it, the list names it, and opening the list
		// marks it seen.
		const badge = noticesBadge(phone);
		await badge.and(phone.locator(':not([data-count="0"])')).waitFor();
		expect(await badge.getAttribute('aria-label')).toMatch(/^Uutta sinulle: [1-9]/);
		await badge.click();
		await phone.getByRole('heading', { level: 1, name: 'Uutta sinulle' }).waitFor();
		const notice = phone.locator(`a[href="/app/mine/${caseId}"]`);
		await notice.getByText('Sinut kutsuttiin tapaukseen').waitFor();
		await phone.locator('a.notices-badge[data-count="0"]').waitFor();
		expect(await severeViolations(phone)).toEqual([]);
		await myCases(phone).click();

		// Offline after that one sync, once the app says it is ready without a network (its
		// screens are then on the device): the case opens from the device and takes a note.
		await phone.getByText('Valmis käyttöön ilman verkkoa.').waitFor({ timeout: 60_000 });
		await phone.context().setOffline(true);
		await link.click();
		await phone.getByRole('heading', { name: /Tampere/ }).waitFor();
		await phone.getByText(question).waitFor();
		await phone.getByText('Koordinointi').first().waitFor();
		// The coordinators' internal note never reached this device.
		expect(await phone.getByText('isän asianajaja soitti').count()).toBe(0);
		const notes = phone.getByRole('region', { name: 'Muistiinpanot' });
		expect(await notes.getByLabel('Näytä pyytäjälle').count()).toBe(0);
		await notes.getByLabel('Uusi muistiinpano').fill('Lakimiehen näkemys: tapaamisoikeus ensin');
		await notes.getByRole('button', { name: 'Lisää muistiinpano' }).click();
		await notes.getByText('Lakimiehen näkemys: tapaamisoikeus ensin').waitFor();
		await notes.getByText('tapauksen asiantuntijoille', { exact: true }).waitFor();
		await waitForUnsent(phone, 1);

		// What the lawyer gave, recorded as coded data, offline too.
		const answers = phone.getByRole('region', { name: 'Annettu apu' });
		await answers.getByRole('button', { name: 'Tallenna' }).click();
		await answers.getByText('Valitse, mitä annettiin.').waitFor();
		await answers.getByLabel('Suositukset').check();
		await answers.getByLabel('Lyhyesti').fill('Tapaamisoikeus ensin, sitten huolto');
		await answers.getByRole('button', { name: 'Tallenna' }).click();
		await phone.getByText('Annettu apu kirjattu.').waitFor();
		await answers.getByText('Tapaamisoikeus ensin, sitten huolto').waitFor();
		// The note and the answer wait as one item: both belong to this case.
		await expect.poll(() => outboxSize(phone)).toBe(2);
		await waitForUnsent(phone, 1);
		expect(await severeViolations(phone)).toEqual([]);

		// Back online, the note reaches the coordinator.
		await phone.context().setOffline(false);
		await syncNow(phone);
		await waitForUnsent(phone, 0);
		const pulled = (await coordinator.get('/api/v1/sync/pull?scope=records&limit=1000')).body;
		const texts = pulled.changes
			.map((change: { data: Record<string, unknown> | null }) => change.data)
			.filter((data: Record<string, unknown> | null) => data?.consultationId === caseId)
			.map((data: Record<string, unknown>) => data.text);
		expect(texts).toContain('Lakimiehen näkemys: tapaamisoikeus ensin');

		// The group's agenda lists the case on the mobile pair's phone, who marks it ready.
		const pair = await app.signedIn({ email: demo.mobilePair });
		await mainNav(pair).getByRole('link', { name: 'Kokoukset' }).click();
		await pair.getByRole('radio', { name: group.name, exact: true }).check();
		const onAgenda = pair
			.locator('section.agenda-meeting')
			.first()
			.getByRole('listitem')
			.filter({ has: pair.locator(`a[href="/app/mine/${caseId}"]`) });
		await onAgenda.getByText(question).waitFor({ timeout: 20_000 });
		await onAgenda.getByRole('button', { name: 'Merkitse valmiiksi ryhmälle' }).click();
		await pair.getByText('Tapaus on merkitty valmiiksi ryhmälle.').waitFor();
		await expect
			.poll(async () => (await serverCase())?.readyForGroup?.by ?? null, { timeout: 20_000 })
			.toBe(pairUserId);
		expect(await severeViolations(pair)).toEqual([]);

		// The coordinator records the group's statement on a version from before the lawyer's
		// answer: the lists merge, and the requester sees both on My requests.
		await coordinatorSets({
			outputs: [
				{
					id: crypto.randomUUID(),
					kind: 'statement',
					text: 'Ryhmä suosittaa yhteistä verkostotapaamista',
					giverId: null,
					at: new Date().toISOString(),
					recordedBy: 'coordinator'
				}
			]
		});
		const requester = await app.signedIn({ path: `/app/requests/${caseId}` });
		const received = requester.getByRole('region', { name: 'Annettu apu' });
		await received.getByText('Tapaamisoikeus ensin, sitten huolto').waitFor({ timeout: 20_000 });
		await received.getByText('Ryhmä suosittaa yhteistä verkostotapaamista').waitFor();
		await received.getByText('Suositukset').waitFor();
		await received.getByText('Lausunto').waitFor();
		expect(await received.getByRole('button').count()).toBe(0);
		expect(await severeViolations(requester)).toEqual([]);

		// Unassigned: at the next sync the case leaves the lawyer's phone.
		await coordinatorSets({ assigneeIds: [] });
		await phone.getByRole('link', { name: '← Omat tapaukset' }).click();
		await syncNow(phone);
		await link.waitFor({ state: 'detached', timeout: 20_000 });
		const stored = await phone.evaluate(async (id) => {
			const request = indexedDB.open('rec');
			const db = await new Promise<IDBDatabase>(
				(resolve) => (request.onsuccess = () => resolve(request.result))
			);
			const get = db.transaction('consultations').objectStore('consultations').get(id);
			return new Promise((resolve) => (get.onsuccess = () => resolve(get.result ?? null)));
		}, caseId);
		expect(stored).toBeNull();
	}, 120_000);
});
