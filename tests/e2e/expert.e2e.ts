import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demo, signIn, type ApiClient } from '../support/api-client';
import { submittedRequest, syncDevice } from '../support/consultations.js';
import { outboxSize, severeViolations, syncNow, useApp, waitForUnsent } from './support';

const app = useApp();
const caseId = crypto.randomUUID();
const question = 'Miten huoltoriidan juridiset vaihtoehdot kannattaa kertoa perheelle?';
let coordinator: ApiClient;
let coordinatorDevice: Awaited<ReturnType<typeof syncDevice>>;
let lawyerId = '';
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

describe("the expert's own cases", () => {
	it("brings an assigned case to the lawyer's phone, offline after one sync, takes their note and answer, which the requester sees with the group's, and removes the case when they are unassigned", async () => {
		await coordinatorSets({ stage: 'coordination', assigneeIds: [lawyerId] });

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
