import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helpKinds, servicesInvolved, stuckReasons } from '../record-codes';
import { separationClientGroups } from '../themes';
import { computeStats, type StatsQuery } from './compute';
import type { ConsultationFact, MonthlyOutcomeFact } from './facts';
import { consultationFact } from './facts';
import { helpGrid, outcomeTables } from './outcome-tables';
import {
	ANY,
	daysToMeeting,
	givenKinds,
	NONE,
	outcomeCodes,
	outcomeFacts,
	type OutcomeFacts
} from './outcomes';
import { computeOverview } from './overview';
import { toFigures } from './suppress';
import { statsCsv } from './tables';

const runs = { numRuns: 200, seed: 20_261_206 };
const codes = (list: readonly string[]) =>
	fc.uniqueArray(fc.constantFrom(...list), { maxLength: 4 });
const outcome: fc.Arbitrary<OutcomeFacts> = fc.record({
	services: codes(servicesInvolved.codes),
	stuckReasons: codes(stuckReasons.codes),
	clientGroups: codes(separationClientGroups.codes),
	helpWanted: codes(helpKinds.codes),
	given: codes(helpKinds.codes),
	rating: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
	daysToMeeting: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null })
});
const consultation: fc.Arbitrary<ConsultationFact> = fc.record({
	day: fc.constantFrom('2023-03-02', '2023-03-20', '2023-04-11', '2023-05-30'),
	countyId: fc.constantFrom('pirkanmaa', 'kanta-hame'),
	status: fc.constantFrom('draft', 'submitted', 'closed'),
	stage: fc.constant(null),
	daysToPlan: fc.constant(null),
	outcome,
	count: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined })
});
const months: StatsQuery = { from: '2023-03-01', to: '2023-05-31', countyIds: ['pirkanmaa'] };

describe('outcome facts of a consultation record', () => {
	it('reads only the coded fields: services, reasons, groups, help asked and given, rating, meeting', () => {
		const record = {
			submittedAt: '2023-03-01T22:30:00.000Z', // 2 March in Finland
			createdAt: '2023-03-01T08:00:00.000Z',
			countyId: 'pirkanmaa',
			status: 'submitted',
			stage: 'plan',
			servicesInvolved: ['school', 'police'],
			stuckReasons: ['no-coordination'],
			clientGroups: ['child-fears-parent'],
			helpWanted: ['statement'],
			outputs: [
				{ kind: 'joint-meeting', text: 'Not read' },
				{ kind: 'statement', text: 'Not read' },
				{ kind: 'statement', text: 'Twice, counted once' }
			],
			feedbackRating: 4,
			feedbackComment: 'Never counted',
			stuck: 'Never counted',
			handlingDate: '2023-03-16'
		};
		expect(consultationFact(record, null)?.outcome).toEqual({
			services: ['school', 'police'],
			stuckReasons: ['no-coordination'],
			clientGroups: ['child-fears-parent'],
			helpWanted: ['statement'],
			given: ['statement', 'joint-meeting'],
			rating: 4,
			daysToMeeting: 14
		});
		// A case stored before these fields existed has nothing to count.
		expect(outcomeFacts({}, '2023-03-02')).toEqual({
			services: [],
			stuckReasons: [],
			clientGroups: [],
			helpWanted: [],
			given: [],
			rating: null,
			daysToMeeting: null
		});
	});

	it('counts whole days to the meeting, never below zero, and only real dates', () => {
		expect(daysToMeeting('2023-03-31', '2023-04-03')).toBe(3);
		expect(daysToMeeting('2023-03-25', '2023-03-27')).toBe(2); // over the clock change
		expect(daysToMeeting('2023-03-10', '2023-03-01')).toBe(0);
		expect(daysToMeeting('2023-03-10', null)).toBeNull();
		expect(daysToMeeting('2023-03-10', 'soon')).toBeNull();
		expect(givenKinds('encrypted')).toEqual([]);
		expect(givenKinds([{ kind: 'unknown' }, null, { kind: 'mobile-pair' }])).toEqual([
			'mobile-pair'
		]);
	});

	it('turns a case into one count per code, with rows for none and for any help', () => {
		const counted = outcomeCodes({
			services: ['school', 'school', 'police', 'court'],
			stuckReasons: [],
			clientGroups: ['child-fears-parent'],
			helpWanted: ['statement', 'recommendation'],
			given: ['statement'],
			rating: null,
			daysToMeeting: 7
		});
		const of = (figure: string) =>
			counted.filter((item) => item.figure === figure).map((item) => item.code);
		expect(of('services')).toEqual(['school', 'police', 'court']);
		expect(of('services-count')).toEqual(['several']);
		expect(of('stuck')).toEqual([NONE]);
		expect(of('asked')).toEqual(['statement', 'recommendation', ANY]);
		expect(of('given')).toEqual(['statement', ANY]);
		expect(of('met')).toEqual(['statement', ANY]);
		expect(of('rating')).toEqual([NONE]);
		expect(of('days-to-meeting')).toEqual(['7']);
	});
});

describe('outcome figures', () => {
	it('add up: every case once by services count, stuck reason or none, rating or none', () => {
		fc.assert(
			fc.property(fc.array(consultation, { maxLength: 25 }), (consultations) => {
				const report = computeStats({ contacts: [], consultations }, months);
				const cases = report.consultations.total;
				const { outcomes } = report;
				const sum = (list: { count: number }[]) => list.reduce((all, item) => all + item.count, 0);
				expect(sum(outcomes.servicesPerCase)).toBe(cases);
				expect(outcomes.rated + outcomes.withoutRating).toBe(cases);
				expect(sum(outcomes.ratings)).toBe(outcomes.rated);
				expect(sum(outcomes.stuckReasons)).toBeGreaterThanOrEqual(
					cases - outcomes.withoutStuckReason
				);
				const any = outcomes.help.at(-1)!;
				expect(any.code).toBe(ANY);
				for (const row of outcomes.help) {
					expect(row.met).toBeLessThanOrEqual(Math.min(row.asked, row.given));
					expect(row.asked).toBeLessThanOrEqual(any.asked);
				}
				expect(outcomes.withMeeting).toBeLessThanOrEqual(cases);
				expect(outcomes.medianDaysToMeeting === null).toBe(outcomes.withMeeting === 0);
			}),
			runs
		);
	});

	it('are the same from live cases as from the monthly codes kept when they are deleted', () => {
		fc.assert(
			fc.property(fc.array(consultation, { maxLength: 25 }), (consultations) => {
				const live = computeStats({ contacts: [], consultations }, months);
				// What retention keeps: the case without its outcome, its codes counted by month.
				const monthlyOutcomes: MonthlyOutcomeFact[] = consultations
					.filter((fact) => fact.status !== 'draft')
					.flatMap((fact) =>
						outcomeCodes(fact.outcome!).map((code) => ({
							...code,
							month: fact.day.slice(0, 7),
							countyId: fact.countyId,
							count: fact.count ?? 1
						}))
					);
				const monthlyConsultations = consultations.map(({ day, outcome: _, ...fact }) => ({
					...fact,
					month: day.slice(0, 7)
				}));
				const kept = computeStats(
					{ contacts: [], consultations: [], monthlyConsultations, monthlyOutcomes },
					months
				);
				expect(kept.outcomes).toEqual(live.outcomes);
				expect(kept.consultations.total).toBe(live.consultations.total);
			}),
			runs
		);
	});

	it('hide counts of 1–4 and the median days to the meeting under 5 cases', () => {
		fc.assert(
			fc.property(fc.array(consultation, { maxLength: 14 }), (consultations) => {
				const report = computeOverview({ contacts: [], consultations }, months);
				const { outcomes } = toFigures(report, true);
				const counts: unknown[] = [];
				JSON.stringify(outcomes, (key, value: unknown) => {
					if (key !== 'medianDaysToMeeting' && typeof value === 'number') counts.push(value);
					return value;
				});
				for (const count of counts) expect(count === 0 || (count as number) >= 5).toBe(true);
				if (report.outcomes.withMeeting < 5) expect(outcomes.medianDaysToMeeting).toBeNull();
				else expect(outcomes.medianDaysToMeeting).toBe(report.outcomes.medianDaysToMeeting);
			}),
			runs
		);
	});
});

describe('outcome tables and CSV', () => {
	const fact = (outcome: Partial<OutcomeFacts>, count: number): ConsultationFact => ({
		day: '2023-03-10',
		countyId: 'pirkanmaa',
		status: 'closed',
		stage: 'feedback',
		daysToPlan: 6,
		count,
		outcome: {
			services: [],
			stuckReasons: [],
			clientGroups: [],
			helpWanted: [],
			given: [],
			rating: null,
			daysToMeeting: null,
			...outcome
		}
	});
	const report = computeOverview(
		{
			contacts: [],
			consultations: [
				fact(
					{
						services: ['school', 'police'],
						stuckReasons: ['narrow-remits'],
						helpWanted: ['statement'],
						given: ['statement'],
						rating: 5,
						daysToMeeting: 9
					},
					6
				),
				fact({ services: ['school'], rating: 2, daysToMeeting: 20 }, 2)
			]
		},
		{ from: '2023-03-01', to: '2023-03-31', countyIds: ['pirkanmaa'] }
	);

	it('names every row in Finnish, Swedish and English, not by its code', () => {
		for (const locale of ['fi', 'sv', 'en'] as const) {
			const figures = toFigures(report, false);
			const tables = outcomeTables(figures, locale);
			expect(tables.map((table) => table.id)).toEqual([
				'services',
				'stuckReasons',
				'clientGroups',
				'ratings',
				'times'
			]);
			const grid = helpGrid(figures, locale);
			for (const row of [...tables.flatMap((table) => table.rows), ...grid.rows]) {
				// Ratings between the scale's named ends are their numbers.
				if (!['2', '3', '4'].includes(row.code)) {
					expect(row.label, `${locale} ${row.code}`).not.toBe(row.code);
				}
				expect(row.label.length).toBeGreaterThan(0);
			}
			const titles = [...tables.map((table) => table.title), grid.title];
			expect(new Set(titles).size).toBe(titles.length);
		}
		const fi = outcomeTables(toFigures(report, false), 'fi');
		const ratings = fi.find((table) => table.id === 'ratings')!;
		expect(ratings.rows.map((row) => [row.label, row.value])).toEqual([
			['5 – erittäin hyödyllinen', 6],
			['4', 0],
			['3', 0],
			['2', 2],
			['1 – ei lainkaan hyödyllinen', 0],
			['Arvioita yhteensä', 8],
			['Ei arviota', 0]
		]);
		const times = fi.find((table) => table.id === 'times')!;
		expect(times.rows.map((row) => [row.code, row.value, row.unit])).toEqual([
			['with-meeting', 8, undefined],
			['median-days-to-meeting', 9, 'days'],
			['reached-plan', 8, undefined],
			['median-days-to-plan', 6, 'days']
		]);
	});

	it('puts the outcome figures into the CSV, suppressed alike, and no free text', () => {
		const csv = statsCsv(toFigures(report, true), 'Pirkanmaa', 'fi');
		const lines = csv.split('\r\n');
		expect(lines).toContain(
			'Konsultaatiot mukana olevien palvelujen mukaan;Kaksi palvelua tai useampia;several;6'
		);
		expect(lines).toContain('Konsultaatiot mukana olevien palvelujen mukaan;Yksi palvelu;one;<5');
		expect(lines).toContain(
			'Miksi tilanne on jumissa;Tehtävät rajattu tiukasti, asia ei kuulu kenellekään;narrow-remits;6'
		);
		expect(lines).toContain('Pyydetty ja annettu apu: Pyydetty;Lausunto;statement;6');
		expect(lines).toContain('Pyydetty ja annettu apu: Pyydetty ja annettu;Mikä tahansa apu;any;6');
		expect(lines).toContain(
			'Aika pyynnöstä ryhmän käsittelyyn ja suunnitelmaan;Mediaani, päivää vastaanotosta ryhmän käsittelyyn;median-days-to-meeting;9'
		);
		const english = statsCsv(toFigures(report, false), 'Pirkanmaa', 'en');
		expect(english).toContain("Requesters' ratings of the consultation's usefulness;2;2;2\r\n");
	});
});
