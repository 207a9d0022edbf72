import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDay } from '../../src/lib/domain/date-format';
import { nextMeeting, type MeetingRule } from '../../src/lib/domain/meetings';
import { demo, signIn, type AnyJson, type ApiClient } from '../support/api-client';
import { submittedRequest, syncDevice } from '../support/consultations.js';
import { severeViolations, unlockWithPin, useApp } from './support';

const app = useApp();
const caseId = crypto.randomUUID();
const question = 'Mitä ryhmä suosittaa, kun lapsi pelkää tapaamisia isän luona?';
const background = 'Taustaa: isä muutti ulkomaille ja palasi keväällä';
const stuck = 'Tapaamiset eivät toteudu sovitusti';
let coordinator: ApiClient;
let group: { id: string; name: string; meeting: MeetingRule };

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

beforeAll(async () => {
	// The group the demo psychiatrist sits in, in the coordinator's county.
	const psychiatrist = await signIn(app, demo.psychiatrist);
	const expertId = (await psychiatrist.get('/api/v1/me')).body.user.expertId;
	const snapshot = await psychiatrist.get('/api/v1/directory/snapshot');
	const entries = snapshot.text
		.trim()
		.split('\n')
		.slice(1)
		.map((line: string) => JSON.parse(line).data);
	group = entries.find(
		(entry: AnyJson) =>
			entry?.countyId === 'pirkanmaa' && entry.memberIds?.includes(expertId) && entry.meeting
	);
	expect(group).toBeTruthy();

	// A field worker's request that asks for that group, with background the agenda leaves out.
	const worker = await syncDevice(await signIn(app, demo.worker));
	const sent = await worker.push([
		{
			table: 'consultations',
			op: 'insert',
			id: caseId,
			fields: submittedRequest({
				question,
				background,
				stuck,
				helpWanted: ['recommendation'],
				preferredExpertise: ['child-psychiatry'],
				preferredGroupIds: [group.id]
			})
		}
	]);
	expect(sent.results[0].status).toBe('applied');
	coordinator = await signIn(app, demo.coordinator);
});

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Päävalikko' });
/** The first meeting's section of the agenda. */
const firstMeeting = (page: Page) => page.locator('section.agenda-meeting').first();

describe("the group's meeting agenda", () => {
	it('lists a case set for the group on its next meeting, marked ready across sync and reload, printed without background, seen by the group', async () => {
		const next = nextMeeting(group.meeting, new Date().toLocaleDateString('sv-SE'));
		const meetingDay = formatDay(next, 'fi', true);

		// The coordinator sets the case for the group on its page, at the group's next meeting.
		const desk = await app.signedIn({
			email: demo.coordinator,
			device: 'desktop',
			path: `/app/cases/${caseId}`
		});
		await desk.getByRole('heading', { level: 1, name: /Tampere/ }).waitFor({ timeout: 20_000 });
		await desk
			.locator('li', { has: desk.getByRole('link', { name: group.name, exact: true }) })
			.getByRole('button', { name: 'Valitse tapauksen ryhmäksi' })
			.click();
		await desk.getByRole('button', { name: 'Käytä käsittelypäivänä' }).click();
		await desk.getByText(`Käsittelypäiväksi asetettu ${formatDay(next, 'fi')}.`).waitFor();
		await desk.getByText('Ei vielä valmis ryhmälle').waitFor();

		// The agenda of the group's next meeting lists it, with its prepared question.
		await mainNav(desk).getByRole('link', { name: 'Kokoukset' }).click();
		await desk.getByRole('heading', { level: 1, name: 'Ryhmien kokoukset' }).waitFor();
		await desk.getByRole('radio', { name: group.name, exact: true }).check();
		const meeting = firstMeeting(desk);
		await meeting.getByRole('heading', { level: 2, name: new RegExp(meetingDay) }).waitFor();
		const item = meeting
			.getByRole('listitem')
			.filter({ has: desk.locator(`a[href="/app/cases/${caseId}"]`) });
		await item.getByText(question).waitFor();
		await item.getByText('Ei vielä valmis ryhmälle').waitFor();
		expect(await meeting.getByText(background).count()).toBe(0);
		expect(await severeViolations(desk)).toEqual([]);

		// Marked ready on the agenda: the mark reaches the server and survives a reload.
		await item.getByRole('button', { name: 'Merkitse valmiiksi ryhmälle' }).click();
		await desk.getByText('Tapaus on merkitty valmiiksi ryhmälle.').waitFor();
		await item.getByText(/Valmis ryhmälle \d/).waitFor();
		await expect
			.poll(async () => (await serverCase())?.readyForGroup?.at ?? null, { timeout: 20_000 })
			.not.toBeNull();
		await desk.reload();
		await unlockWithPin(desk);
		await desk.getByRole('radio', { name: group.name, exact: true }).check();
		const reloaded = firstMeeting(desk)
			.getByRole('listitem')
			.filter({ has: desk.locator(`a[href="/app/cases/${caseId}"]`) });
		await reloaded.getByText(/Valmis ryhmälle \d/).waitFor({ timeout: 20_000 });
		await reloaded.getByRole('button', { name: 'Peru valmis-merkintä' }).waitFor();

		// The print view: the meeting, the case's reference, question, help asked and expertise
		// needed — nothing of the background, what is stuck, or who asked.
		await firstMeeting(desk).getByRole('link', { name: 'Tulosta asialista' }).click();
		await desk.waitForURL(/\/app\/agenda\/print\?group=.+&date=\d{4}-\d{2}-\d{2}$/);
		await desk.getByRole('heading', { level: 1, name: `Asialista: ${group.name}` }).waitFor();
		await desk.getByText(meetingDay).waitFor();
		const printed = desk.locator('.print-area');
		const printedCase = printed.getByRole('listitem').filter({ hasText: question });
		await printedCase.getByText('Suositukset', { exact: true }).waitFor();
		await printedCase.getByText('Lastenpsykiatria', { exact: true }).waitFor();
		const text = await printed.innerText();
		// Nor of the demo case set for the same group.
		const demoBackground = 'Perheen tilannetta on selvitetty';
		const demoStuck = 'Palvelut toimivat kukin erikseen';
		for (const hidden of [
			background,
			stuck,
			demoBackground,
			demoStuck,
			'Testi Työntekijä',
			'040 000 0001'
		]) {
			expect(text).not.toContain(hidden);
		}
		expect(await severeViolations(desk)).toEqual([]);
		// On paper only the agenda: no menus, no buttons.
		await desk.emulateMedia({ media: 'print' });
		expect(await mainNav(desk).isVisible()).toBe(false);
		expect(await desk.getByRole('button', { name: 'Tulosta', exact: true }).isVisible()).toBe(
			false
		);
		expect(await printed.getByText(question).isVisible()).toBe(true);
		await desk.emulateMedia({ media: 'screen' });

		// The psychiatrist of the group sees the agenda on their phone, the mark with it, and
		// (not being of the mobile pair) no button to change it.
		const phone = await app.signedIn({ email: demo.psychiatrist });
		await mainNav(phone).getByRole('link', { name: 'Kokoukset' }).click();
		await phone.getByRole('radio', { name: group.name, exact: true }).check();
		const theirs = firstMeeting(phone)
			.getByRole('listitem')
			.filter({ has: phone.locator(`a[href="/app/mine/${caseId}"]`) });
		await theirs.getByText(question).waitFor({ timeout: 20_000 });
		await theirs.getByText(/Valmis ryhmälle \d/).waitFor();
		expect(await phone.getByRole('button', { name: /valmi/ }).count()).toBe(0);
		expect(await severeViolations(phone)).toEqual([]);
	}, 150_000);
});
