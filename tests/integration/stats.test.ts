import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFeedbackComments } from '$lib/client/stats/feedback-comments';
import { localStats } from '$lib/client/stats/local-stats';
import { toFigures } from '$lib/domain/stats/suppress';
import { computeOverview } from '$lib/domain/stats/overview';
import {
	consultationFact,
	contactFact,
	optionalStageEntries,
	planReachedAt
} from '$lib/domain/stats/facts';
import { sourceTypes } from '$lib/domain/source-types';
import { situationThemes } from '$lib/domain/themes';
import { demo, signIn, type ApiClient } from '../support/api-client';
import { AppDevice } from '../support/app-device';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';
import {
	consultationFields,
	contactFields,
	pullRecords,
	stageEvent,
	TestDevice,
	type PulledChange
} from '../support/record-factories';

const pilot = 'from=2023-02-01&to=2023-08-31&area=sisa-suomi';
const count = (list: { code: string; count: number }[], code: string) =>
	list.find((item) => item.code === code)?.count;
const sum = (list: { count: number }[]) => list.reduce((total, item) => total + item.count, 0);

/** "table: column" and code → the value, from a statistics CSV's lines (`;`, no quoting). */
function csvCells(csv: string) {
	const cells = new Map<string, string>();
	for (const line of csv.split('\r\n').slice(1)) {
		const [table, , code, value] = line.split(';');
		cells.set(`${table}|${code}`, value ?? '');
	}
	return cells;
}

/** The figures as a device computes them from what it pulled (src/lib/client/stats). */
function deviceFigures(changes: PulledChange[], query: Parameters<typeof computeOverview>[1]) {
	const live = new Map<string, PulledChange>();
	for (const change of changes) {
		if (change.deleted) live.delete(change.id);
		else live.set(change.id, change);
	}
	const rows = (table: string) =>
		[...live.values()]
			.filter((row) => row.table === table)
			.map((row) => ({ ...row.data, id: row.id }));
	const planAt = planReachedAt(rows('consultation_events'));
	const stageEntries = optionalStageEntries(rows('consultation_events'));
	return computeOverview(
		{
			contacts: rows('contacts').flatMap((row) => contactFact(row) ?? []),
			consultations: rows('consultations').flatMap(
				(row) => consultationFact(row, planAt.get(row.id), stageEntries.get(row.id)) ?? []
			)
		},
		query
	);
}

describe.each(testDatabaseKinds())('statistics on %s', (kind) => {
	let app: TestApp;
	let coordinator: ApiClient;
	let admin: ApiClient;
	let worker: ApiClient;

	beforeAll(async () => {
		app = await startApp(kind);
		coordinator = await signIn(app, demo.coordinator);
		admin = await signIn(app, demo.admin);
		worker = await signIn(app, demo.worker);
	});
	afterAll(async () => {
		await app?.stop();
	});

	it('counts the demo pilot set: 88 contacts, seven sources, six themes, nine cases', async () => {
		const answer = await coordinator.get(`/api/v1/stats?${pilot}`);
		expect(answer.status).toBe(200);
		const { contacts, consultations } = answer.body;
		expect(answer.body).toMatchObject({ area: 'sisa-suomi', suppressed: false });
		expect(contacts.total).toBe(88);
		expect(contacts.byMonth.map((row: { month: string }) => row.month)).toEqual([
			'2023-02',
			'2023-03',
			'2023-04',
			'2023-05',
			'2023-06',
			'2023-07',
			'2023-08'
		]);
		expect(sum(contacts.byMonth)).toBe(88);
		expect(sum(contacts.bySource)).toBe(88);
		for (const code of sourceTypes.codes.slice(0, 7))
			expect(count(contacts.bySource, code)).toBeGreaterThan(0);
		for (const code of sourceTypes.codes.slice(7)) expect(count(contacts.bySource, code)).toBe(0);
		for (const code of situationThemes.codes)
			expect(count(contacts.byTheme, code)).toBeGreaterThan(0);
		expect(contacts.themeMentions).toBeGreaterThan(contacts.total);
		expect(consultations.total).toBe(9);
		expect(consultations.reachedPlan).toBe(4);
		expect(consultations.medianDaysToPlan).toBeGreaterThan(0);

		// One county is a part of it.
		const pirkanmaa = await coordinator.get(
			'/api/v1/stats?from=2023-02-01&to=2023-08-31&area=pirkanmaa'
		);
		expect(pirkanmaa.body.contacts.total).toBeGreaterThan(20);
		expect(pirkanmaa.body.contacts.total).toBeLessThan(88);
	});

	it('gives the same figures as a device computes from what it pulled', async () => {
		const { changes } = await pullRecords(coordinator);
		for (const area of [
			{ area: 'sisa-suomi', countyIds: ['kanta-hame', 'pirkanmaa', 'etela-pohjanmaa'] },
			{ area: 'kanta-hame', countyIds: ['kanta-hame'] }
		]) {
			for (const [from, to] of [
				['2023-02-01', '2023-08-31'],
				['2023-03-15', '2023-05-10'],
				['2022-12-01', '2027-01-31']
			] as const) {
				const server = await coordinator.get(
					`/api/v1/stats?from=${from}&to=${to}&area=${area.area}`
				);
				const { area: _area, suppressed: _suppressed, ...report } = server.body;
				expect(report).toEqual(deviceFigures(changes, { from, to, countyIds: area.countyIds }));
			}
		}
	});

	it('follows pushed changes: Finnish months, updates, deletes, calls without a case', async () => {
		const device = await TestDevice.register(coordinator);
		const range = 'from=2026-03-01&to=2026-04-30&area=pirkanmaa';
		const before = (await coordinator.get(`/api/v1/stats?${range}`)).body.contacts;
		const [late, early, gone] = await device.push([
			// 23:30 on 31 March in Finland: a March contact (it is April in UTC only after midnight).
			{ table: 'contacts', fields: contactFields({ occurredAt: '2026-03-31T20:30:00.000Z' }) },
			// 00:30 on 1 April in Finland, still 31 March in UTC.
			{ table: 'contacts', fields: contactFields({ occurredAt: '2026-03-31T21:30:00.000Z' }) },
			{ table: 'contacts', fields: contactFields({ occurredAt: '2026-04-10T09:00:00.000Z' }) },
			{
				table: 'contacts',
				fields: contactFields({ kind: 'wrong-number', occurredAt: '2026-04-11T09:00:00.000Z' })
			}
		]);
		await device.push([
			{
				op: 'update',
				table: 'contacts',
				id: late!,
				baseVersion: 1,
				fields: { sourceType: 'police', themes: ['immigration', 'rare-diseases'] }
			},
			{ op: 'delete', table: 'contacts', id: gone!, baseVersion: 1 }
		]);
		expect(early).toBeDefined();
		const after = (await coordinator.get(`/api/v1/stats?${range}`)).body.contacts;
		expect(after.total).toBe(before.total + 2);
		expect(after.byMonth).toEqual([
			{ month: '2026-03', count: before.byMonth[0].count + 1 },
			{ month: '2026-04', count: before.byMonth[1].count + 1 }
		]);
		expect(count(after.bySource, 'police')).toBe(count(before.bySource, 'police')! + 1);
		expect(count(after.byTheme, 'rare-diseases')).toBe(count(before.byTheme, 'rare-diseases')! + 1);
		expect(count(after.notCounted, 'wrong-number')).toBe(
			count(before.notCounted, 'wrong-number')! + 1
		);
		// The month groups stay level with the facts they count, through updates and deletes.
		const dims = 'county_id, contact_kind, source_type, channel, themes, actions, municipality_id';
		const groups = await app.select(
			`SELECT ${dims}, month, count AS n FROM stats_month_groups WHERE count <> 0 ORDER BY key`
		);
		const facts = await app.select(
			`SELECT ${dims}, substr(day, 1, 7) AS month, COUNT(*) AS n FROM stats_facts
			 WHERE kind = 'contacts' AND deleted = 0 GROUP BY ${dims}, substr(day, 1, 7)`
		);
		const key = (row: Record<string, unknown>) => JSON.stringify({ ...row, n: Number(row.n) });
		expect(groups.map(key).sort()).toEqual(facts.map(key).sort());
		expect(groups.length).toBeGreaterThan(50);
	});

	it('counts the days from received to plan from the stage changes', async () => {
		const device = await TestDevice.register(coordinator);
		const range = 'from=2026-06-01&to=2026-06-30&area=pirkanmaa';
		const [first, second] = await device.push([
			{
				table: 'consultations',
				fields: consultationFields({ stage: 'plan', submittedAt: '2026-06-01T09:00:00.000Z' })
			},
			{
				table: 'consultations',
				fields: consultationFields({ stage: 'feedback', submittedAt: '2026-06-02T09:00:00.000Z' })
			},
			{
				table: 'consultations',
				fields: consultationFields({ status: 'draft', submittedAt: '2026-06-03T09:00:00.000Z' })
			}
		]);
		await device.push([
			{
				table: 'consultation_events',
				fields: stageEvent(first!, 'buffer', '2026-06-03T09:00:00.000Z')
			},
			{
				table: 'consultation_events',
				fields: stageEvent(first!, 'plan', '2026-06-11T09:00:00.000Z')
			},
			// The second skipped the plan stage: reaching feedback counts as reaching it.
			{
				table: 'consultation_events',
				fields: stageEvent(second!, 'feedback', '2026-06-22T09:00:00.000Z')
			},
			// The first went past the hypothesis and the coordination, then back to the
			// coordination (no longer skipped) and on to the plan again.
			...(
				[
					['stage-skipped', 'hypothesis', '2026-06-05T09:00:00.000Z'],
					['stage-skipped', 'coordination', '2026-06-05T09:00:00.000Z'],
					['stage', 'coordination', '2026-06-06T09:00:00.000Z'],
					['stage-skipped', 'coordination', '2026-06-07T09:00:00.000Z']
				] as const
			).map(([type, stage, at]) => ({
				table: 'consultation_events',
				fields: { ...stageEvent(first!, stage, at), type }
			}))
		]);
		const { consultations } = (await coordinator.get(`/api/v1/stats?${range}`)).body;
		expect(consultations.total).toBe(2);
		expect(consultations.reachedPlan).toBe(2);
		expect(consultations.medianDaysToPlan).toBe(15);
		expect(count(consultations.byStage, 'plan')).toBe(1);
		expect(count(consultations.byStage, 'feedback')).toBe(1);
		// Stages run only when needed: the first case went past both, the second past none.
		expect(consultations.skipped).toEqual([
			{ code: 'hypothesis', count: 1 },
			{ code: 'coordination', count: 1 }
		]);
		// The server, the device (from what it pulls) and the CSV agree.
		const { changes } = await pullRecords(coordinator);
		const query = { from: '2026-06-01', to: '2026-06-30', countyIds: ['pirkanmaa'] };
		expect(deviceFigures(changes, query).consultations.skipped).toEqual(consultations.skipped);
		const csv = (await coordinator.get(`/api/v1/stats.csv?${range}`)).text;
		expect(csv).toContain('Vaihe ohitettu: Hypoteesi / kokonaisarvio;skipped-hypothesis;1');
	});

	it('computes what the support achieved alike on the server, on a device and in the CSV', async () => {
		const device = await TestDevice.register(coordinator);
		const [from, to] = ['2026-09-01', '2026-09-30'];
		const range = `from=${from}&to=${to}&area=pirkanmaa`;
		const output = (kind: string) => ({
			id: uuidv7(),
			kind,
			text: 'Ryhmän vastaus',
			giverId: null,
			at: '2026-09-20T09:00:00.000Z',
			recordedBy: 'coordinator'
		});
		// Eight cases received in September (a draft is not counted), built so that every
		// outcome figure has counts of 5 or more and counts of 1–4 (hidden when suppressed).
		const cases = [
			[
				'family-social-work child-protection school',
				'no-coordination legal-process',
				'repeated-court-cases',
				'recommendation statement',
				'recommendation joint-meeting',
				5,
				'Selkeä apu heti.',
				1,
				7,
				10
			],
			[
				'family-social-work court',
				'no-coordination',
				'repeated-court-cases',
				'recommendation',
				'recommendation',
				5,
				'',
				2,
				8,
				10
			],
			[
				'child-protection police court',
				'no-coordination legal-process',
				'child-fears-parent',
				'recommendation statement',
				'recommendation',
				5,
				'',
				3,
				9,
				12
			],
			[
				'school disability-services',
				'no-coordination',
				'',
				'recommendation',
				'recommendation thinking-together',
				5,
				'',
				4,
				10,
				14
			],
			[
				'family-social-work school',
				'no-coordination waiting',
				'',
				'recommendation mobile-pair',
				'recommendation',
				5,
				'',
				5,
				15,
				20
			],
			[
				'family-social-work child-protection',
				'no-coordination',
				'child-fears-parent',
				'thinking-together',
				'',
				2,
				'Odotimme enemmän.',
				6,
				null,
				null
			],
			['family-social-work', '', '', 'statement', '', null, '', 7, null, null],
			['', '', '', '', '', null, '', 8, null, null]
		] as const;
		const codes = (text: string) => (text ? text.split(' ') : []);
		const day = (n: number) => `2026-09-${String(n).padStart(2, '0')}`;
		const ids = await device.push([
			...cases.map(
				([services, stuck, groups, asked, given, rating, comment, received, meeting]) => ({
					table: 'consultations',
					fields: consultationFields({
						status: rating ? 'closed' : 'submitted',
						stage: rating ? 'feedback' : 'trigger',
						servicesInvolved: codes(services),
						stuckReasons: codes(stuck),
						clientGroups: codes(groups),
						helpWanted: codes(asked),
						outputs: codes(given).map(output),
						feedbackRating: rating,
						feedbackComment: comment,
						handlingDate: meeting === null ? null : day(received + meeting),
						createdAt: `${day(received)}T08:00:00.000Z`,
						submittedAt: `${day(received)}T09:00:00.000Z`
					})
				})
			),
			{
				table: 'consultations',
				fields: consultationFields({
					status: 'draft',
					servicesInvolved: ['court'],
					feedbackRating: 1,
					submittedAt: null,
					createdAt: '2026-09-03T08:00:00.000Z'
				})
			}
		]);
		await device.push(
			cases.flatMap(([, , , , , , , received, , toPlan], index) =>
				toPlan === null
					? []
					: [
							{
								table: 'consultation_events',
								fields: stageEvent(ids[index]!, 'plan', `${day(received + toPlan)}T09:00:00.000Z`)
							}
						]
			)
		);

		// 1. The server.
		const server = async (suppress: string) => {
			const answer = await coordinator.get(`/api/v1/stats?${range}${suppress}`);
			expect(answer.status).toBe(200);
			const { area: _area, ...figures } = answer.body;
			return figures;
		};
		const plain = await server('');
		expect(plain.outcomes).toEqual({
			services: expect.arrayContaining([
				{ code: 'family-social-work', count: 5 },
				{ code: 'court', count: 2 },
				{ code: 'police', count: 1 },
				{ code: 'ngo', count: 0 }
			]),
			servicesPerCase: [
				{ code: 'none', count: 1 },
				{ code: 'one', count: 1 },
				{ code: 'several', count: 6 }
			],
			stuckReasons: expect.arrayContaining([
				{ code: 'no-coordination', count: 6 },
				{ code: 'legal-process', count: 2 },
				{ code: 'waiting', count: 1 },
				{ code: 'other', count: 0 }
			]),
			withoutStuckReason: 2,
			clientGroups: expect.arrayContaining([
				{ code: 'repeated-court-cases', count: 2 },
				{ code: 'child-fears-parent', count: 2 }
			]),
			withoutClientGroup: 4,
			help: [
				{ code: 'recommendation', asked: 5, given: 5, met: 5 },
				{ code: 'statement', asked: 3, given: 0, met: 0 },
				{ code: 'thinking-together', asked: 1, given: 1, met: 0 },
				{ code: 'joint-meeting', asked: 0, given: 1, met: 0 },
				{ code: 'mobile-pair', asked: 1, given: 0, met: 0 },
				{ code: 'any', asked: 7, given: 5, met: 5 }
			],
			ratings: [
				{ code: '5', count: 5 },
				{ code: '4', count: 0 },
				{ code: '3', count: 0 },
				{ code: '2', count: 1 },
				{ code: '1', count: 0 }
			],
			rated: 6,
			withoutRating: 2,
			withMeeting: 5,
			medianDaysToMeeting: 9
		});
		expect(plain.consultations).toMatchObject({ total: 8, reachedPlan: 5, medianDaysToPlan: 12 });
		const hidden = await server('&suppress=1');
		expect(hidden.outcomes).toMatchObject({
			servicesPerCase: [
				{ code: 'none', count: '<5' },
				{ code: 'one', count: '<5' },
				{ code: 'several', count: 6 }
			],
			withoutStuckReason: '<5',
			withoutRating: '<5',
			withMeeting: 5,
			medianDaysToMeeting: 9
		});
		expect(hidden.outcomes.help[1]).toEqual({ code: 'statement', asked: '<5', given: 0, met: 0 });
		// Free text never reaches the statistics.
		expect(JSON.stringify(plain)).not.toContain('Selkeä apu');

		// 2. A device running the app's sync and statistics code over what it pulled (its
		// copies encrypted as on a phone; the answers given are decrypted for their kinds).
		const phone = await AppDevice.register(coordinator);
		try {
			await phone.sync();
			const query = { from, to, countyIds: ['pirkanmaa'] };
			const local = await localStats(phone.db, query, phone.key);
			expect(plain).toEqual(toFigures(local.report, false));
			expect(hidden).toEqual(toFigures(local.report, true));
			// The comments are the coordinator's to read on the device, newest first.
			expect(
				(await loadFeedbackComments(phone.db, query, phone.key)).map((item) => item.comment)
			).toEqual(['Odotimme enemmän.', 'Selkeä apu heti.']);
		} finally {
			await phone.close();
		}

		// 3. The CSV, parsed back: every outcome figure as the JSON gives it, and no comment.
		for (const [suppress, json] of [
			['', plain],
			['&suppress=1', hidden]
		] as const) {
			const csv = (await coordinator.get(`/api/v1/stats.csv?${range}${suppress}&lang=en`)).text;
			expect(csv).not.toContain('Selkeä apu');
			expect(csv).not.toContain('Odotimme');
			const cells = csvCells(csv);
			const cell = (table: string, code: string) => {
				const value = cells.get(`${table}|${code}`);
				expect(value, `${table} ${code}`).toBeDefined();
				return value === '<5' ? '<5' : Number(value!.replace(',', '.'));
			};
			const { outcomes, consultations } = json;
			const lists = [
				['Consultations by services involved', outcomes.services],
				['Consultations by services involved', outcomes.servicesPerCase],
				['Why the situation is stuck', outcomes.stuckReasons],
				['Client groups of demanding separations', outcomes.clientGroups],
				["Requesters' ratings of the consultation's usefulness", outcomes.ratings]
			] as const;
			for (const [table, list] of lists) {
				for (const row of list as { code: string; count: number | string }[]) {
					expect(cell(table, row.code)).toBe(row.count);
				}
			}
			expect(cell('Why the situation is stuck', 'none')).toBe(outcomes.withoutStuckReason);
			expect(cell('Client groups of demanding separations', 'none')).toBe(
				outcomes.withoutClientGroup
			);
			const ratings = "Requesters' ratings of the consultation's usefulness";
			expect(cell(ratings, 'rated')).toBe(outcomes.rated);
			expect(cell(ratings, 'none')).toBe(outcomes.withoutRating);
			for (const row of outcomes.help) {
				expect(cell('Help asked and help given: Asked', row.code)).toBe(row.asked);
				expect(cell('Help asked and help given: Given', row.code)).toBe(row.given);
				expect(cell('Help asked and help given: Asked and given', row.code)).toBe(row.met);
			}
			const times = "Time from the request to the group's meeting and to the plan";
			expect(cell(times, 'with-meeting')).toBe(outcomes.withMeeting);
			expect(cell(times, 'median-days-to-meeting')).toBe(outcomes.medianDaysToMeeting);
			expect(cell(times, 'reached-plan')).toBe(consultations.reachedPlan);
			expect(cell(times, 'median-days-to-plan')).toBe(consultations.medianDaysToPlan);
		}
	});

	it('exports CSV for Finnish Excel, with small counts suppressed on request', async () => {
		const exportCount = async () =>
			Number(
				(
					await app.select<{ n: number }>(
						"SELECT COUNT(*) AS n FROM audit_log WHERE action = 'stats.export'"
					)
				)[0]!.n
			);
		const exportsBefore = await exportCount();
		const answer = await coordinator.get(`/api/v1/stats.csv?${pilot}&suppress=1`);
		expect(answer.status).toBe(200);
		expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(answer.headers.get('content-disposition')).toContain('.csv');
		expect([...answer.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = answer.text.split('\r\n');
		expect(lines[0]).toBe('Taulukko;Rivi;Koodi;Määrä');
		expect(lines).toContain('Yhteydenotot;Yhteensä;total;88');
		expect(lines).toContain('Alle 5 havainnon määrät näytetään muodossa <5;;;');
		// Sources outside the pilot are 0; some of the pilot's are 1–4 in a month or a stage.
		expect(answer.text).toContain(';<5');
		expect(lines.some((line) => /;[1-4]$/.test(line) && !line.includes('median'))).toBe(false);

		const swedish = await coordinator.get(`/api/v1/stats.csv?${pilot}&lang=sv`);
		expect(swedish.text.split('\r\n')[0]).toBe('Tabell;Rad;Kod;Antal');
		expect(swedish.text).toContain('Kontakter;Totalt;total;88');
		expect(swedish.text).not.toContain('<5');
		// Each export is audited.
		expect(await exportCount()).toBe(exportsBefore + 2);
	});

	it('gives the trend, the previous period and the areas alike in JSON and in CSV', async () => {
		for (const suppress of ['', '&suppress=1']) {
			const json = (await coordinator.get(`/api/v1/stats?${pilot}${suppress}`)).body;
			const csv = (await coordinator.get(`/api/v1/stats.csv?${pilot}${suppress}&lang=en`)).text;
			const cells = csvCells(csv);
			const cell = (table: string, code: string) => {
				const value = cells.get(`${table}|${code}`);
				expect(value, `${table} ${code}`).toBeDefined();
				return value === '<5' ? '<5' : Number(value);
			};
			expect(json.trend).toHaveLength(12);
			expect(json.trend.at(-1).month).toBe('2023-08');
			for (const month of json.trend) {
				expect(cell('Monthly trend, 12 months: Contacts', month.month)).toBe(month.contacts);
				expect(cell('Monthly trend, 12 months: Consultations', month.month)).toBe(
					month.consultations
				);
			}
			expect(json.previous).toMatchObject({ from: '2022-07-01', to: '2023-01-31' });
			const previous =
				'This period against the previous one: Previous period 2022-07-01–2023-01-31';
			expect(cell(previous, 'contacts')).toBe(json.previous.contacts);
			expect(cell(previous, 'consultations')).toBe(json.previous.consultations);
			const now = 'This period against the previous one: This period 2023-02-01–2023-08-31';
			expect(cell(now, 'contacts')).toBe(88);
			expect(json.byCounty.map((row: { code: string }) => row.code)).toEqual(json.countyIds);
			for (const [list, table] of [
				[json.byCounty, 'By wellbeing services county'],
				[json.byMunicipality, 'By municipality']
			] as const) {
				for (const row of list) {
					expect(cell(`${table}: Contacts`, row.code)).toBe(row.contacts);
					expect(cell(`${table}: Consultations`, row.code)).toBe(row.consultations);
				}
			}
			if (suppress) {
				for (const value of cells.values()) expect(['1', '2', '3', '4']).not.toContain(value);
			} else {
				// Unsuppressed, the areas add up to the totals: every pilot contact has a place.
				const total = (list: { contacts: number }[]) =>
					list.reduce((all, row) => all + row.contacts, 0);
				expect(total(json.byCounty)).toBe(88);
				expect(total(json.byMunicipality)).toBe(88);
				expect(
					json.consultations.byMonth.reduce(
						(all: number, row: { count: number }) => all + row.count,
						0
					)
				).toBe(9);
			}
		}
	});

	it('answers suppressed JSON with "<5" in place of small counts', async () => {
		const answer = await coordinator.get(`/api/v1/stats?${pilot}&suppress=1`);
		expect(answer.body.suppressed).toBe(true);
		expect(answer.body.contacts.total).toBe(88);
		const counts = JSON.stringify(answer.body).match(/"count":("<5"|\d+)/g) ?? [];
		expect(counts).toContain('"count":"<5"');
		for (const item of counts) expect(item).not.toMatch(/"count":[1-4]$/);
	});

	it('lets coordinators read their OT area only, admins everywhere, workers nowhere', async () => {
		const elsewhere = await coordinator.get(
			'/api/v1/stats?from=2023-01-01&to=2023-12-31&area=lappi'
		);
		expect(elsewhere.status).toBe(403);
		expect(elsewhere.body.code).toBe('forbidden');
		const area = await coordinator.get(
			'/api/v1/stats?from=2023-01-01&to=2023-12-31&area=pohjoinen'
		);
		expect(area.status).toBe(403);
		const byAdmin = await admin.get('/api/v1/stats?from=2023-01-01&to=2023-12-31&area=lappi');
		expect(byAdmin.status).toBe(200);
		expect(byAdmin.body.contacts.total).toBe(0);
		expect((await worker.get(`/api/v1/stats?${pilot}`)).status).toBe(403);
		expect((await worker.get(`/api/v1/stats.csv?${pilot}`)).status).toBe(403);
	});

	it.each(['/api/v1/stats', '/api/v1/stats.csv'])(
		'%s refuses at once a range outside 2000–2100 or longer than 20 years, comparing as numbers',
		async (route) => {
			// Given a few seconds each: a month list over 9999-12 once never ended.
			const get = (query: string) =>
				fetch(`${app.url}${route}?${query}`, {
					headers: { cookie: coordinator.jar!.header() },
					signal: AbortSignal.timeout(5000)
				});
			for (const query of [
				'from=9999-01-01&to=9999-12-31',
				'from=9999-12-01&to=9999-12-31',
				'from=9998-12-31&to=9999-01-01',
				'from=0000-01-01&to=0001-12-31',
				'from=0001-01-01&to=0001-01-31',
				'from=1999-12-31&to=2000-01-31',
				'from=2100-12-01&to=2101-01-01',
				'from=2000-01-01&to=2020-01-01',
				'from=2080-12-31&to=2100-12-31',
				'from=2023-03-02&to=2023-03-01'
			]) {
				const answer = await get(query);
				expect(answer.status, query).toBe(400);
				expect(await answer.json(), query).toMatchObject({
					code: 'invalid_input',
					message: expect.any(String)
				});
			}
			for (const query of [
				'from=2000-01-01&to=2019-12-31',
				'from=2081-01-31&to=2100-12-01',
				'from=2100-12-31&to=2100-12-31'
			]) {
				const answer = await get(query);
				expect(answer.status, query).toBe(200);
				if (route.endsWith('.csv')) expect(await answer.text(), query).toContain(';');
				else expect((await answer.json()).contacts.total, query).toBe(0);
			}
		}
	);

	it('answers bad parameters with 400 and a code', async () => {
		for (const query of [
			'',
			'from=2023-02-01',
			'from=2023-02-30&to=2023-03-01',
			'from=2023-03-01&to=2023-02-01',
			'from=2023-02-01&to=2023-03-01&area=atlantis',
			'from=2023-02-01&to=2023-03-01&suppress=maybe',
			'from=2023-02-01&to=2023-03-01&extra=1',
			'from=1990-01-01&to=2023-03-01'
		]) {
			const answer = await coordinator.get(`/api/v1/stats?${query}`);
			expect(answer.status, query).toBe(400);
			expect(answer.body, query).toMatchObject({
				message: expect.any(String),
				code: expect.any(String)
			});
		}
	});
});
