import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCounty } from '../areas';
import { contactChannels } from '../contact-channels';
import { contactActions, contactKinds } from '../record-codes';
import { sourceTypes } from '../source-types';
import { consultationStages } from '../stages';
import { situationThemes } from '../themes';
import { computeStats, type StatsQuery } from './compute';
import { weightedMedian } from './median';
import {
	consultationFact,
	contactFact,
	planReachedAt,
	type ConsultationFact,
	type ContactFact
} from './facts';
import { computeOverview } from './overview';
import { toFigures } from './suppress';

const runs = { numRuns: 300, seed: 20_261_125 };
const counties = ['pirkanmaa', 'kanta-hame', 'etela-pohjanmaa'];
const day = fc
	.integer({ min: Date.UTC(2022, 10, 1), max: Date.UTC(2024, 1, 28) })
	.map((ms) => new Date(ms).toISOString().slice(0, 10));
// Tampere and Kangasala (Pirkanmaa), Hämeenlinna (Kanta-Häme), Helsinki (outside the area).
const municipality = fc.option(fc.constantFrom('837', '211', '109', '091'), { nil: undefined });
const codes = (list: readonly string[]) =>
	fc.uniqueArray(fc.constantFrom(...list), { maxLength: 4 });

const contact: fc.Arbitrary<ContactFact> = fc.record({
	day,
	countyId: fc.constantFrom(...counties),
	kind: fc.option(fc.constantFrom(...contactKinds.codes), { nil: undefined }),
	sourceType: fc.constantFrom(...sourceTypes.codes),
	channel: fc.constantFrom(...contactChannels.codes),
	themes: codes(situationThemes.codes),
	actions: codes(contactActions.codes),
	municipalityId: municipality,
	count: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined })
});
const consultation: fc.Arbitrary<ConsultationFact> = fc.record({
	day,
	countyId: fc.constantFrom(...counties),
	status: fc.constantFrom('draft', 'submitted', 'closed', 'withdrawn'),
	stage: fc.option(fc.constantFrom(...consultationStages.codes), { nil: null }),
	daysToPlan: fc.option(
		fc.integer({ min: 0, max: 900 }).map((tenths) => tenths / 10),
		{
			nil: null
		}
	),
	municipalityId: municipality,
	count: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined })
});
const query: fc.Arbitrary<StatsQuery> = fc
	.record({ a: day, b: day, countyIds: fc.subarray(counties, { minLength: 1 }) })
	.map(({ a, b, countyIds }) => ({ from: a < b ? a : b, to: a < b ? b : a, countyIds }));

const sum = (items: { count: number }[]) => items.reduce((total, item) => total + item.count, 0);
const inQuery = (fact: { day: string; countyId: string }, q: StatsQuery) =>
	fact.day >= q.from && fact.day <= q.to && q.countyIds.includes(fact.countyId);
const counted = (fact: ContactFact) => fact.kind !== 'wrong-number' && fact.kind !== 'dropped';

describe('computeStats', () => {
	it('adds up: by source, by channel and by month each sum to the total', () => {
		fc.assert(
			fc.property(fc.array(contact, { maxLength: 60 }), query, (contacts, q) => {
				const report = computeStats({ contacts, consultations: [] }, q);
				const expected = contacts
					.filter((fact) => inQuery(fact, q) && counted(fact))
					.reduce((total, fact) => total + (fact.count ?? 1), 0);
				expect(report.contacts.total).toBe(expected);
				expect(sum(report.contacts.bySource)).toBe(expected);
				expect(sum(report.contacts.byChannel)).toBe(expected);
				expect(sum(report.contacts.byMonth)).toBe(expected);
				expect(sum(report.contacts.byTheme)).toBe(report.contacts.themeMentions);
				expect(report.contacts.themeMentions).toBeGreaterThanOrEqual(
					expected - report.contacts.withoutTheme
				);
			}),
			runs
		);
	});

	it('adds up by month, by county and by municipality, for contacts and consultations', () => {
		fc.assert(
			fc.property(
				fc.array(contact, { maxLength: 40 }),
				fc.array(consultation, { maxLength: 20 }),
				query,
				(contacts, consultations, q) => {
					const report = computeStats({ contacts, consultations }, q);
					const cases = report.consultations.total;
					expect(sum(report.consultations.byMonth)).toBe(cases);
					for (const list of [report.byCounty, report.byMunicipality]) {
						const total = (key: 'contacts' | 'consultations') =>
							list.reduce((all, item) => all + item[key], 0);
						expect(total('contacts')).toBe(report.contacts.total);
						expect(total('consultations')).toBe(cases);
					}
					expect(report.byCounty.map((item) => item.code)).toEqual(q.countyIds);
					// The area's municipalities in list order, others by code, 'none' last.
					const codes = report.byMunicipality.map((item) => item.code);
					const known = q.countyIds.flatMap((id) => findCounty(id)!.municipalityIds);
					expect(codes.slice(0, known.length)).toEqual(known);
					const others = codes.slice(known.length, -1);
					expect(others).toEqual([...others].sort());
					expect(codes.at(-1)).toBe('none');
				}
			),
			runs
		);
	});

	it('gives the same figures for a group of n identical contacts as for n copies of one', () => {
		fc.assert(
			fc.property(
				fc.array(contact, { maxLength: 30 }),
				fc.array(consultation, { maxLength: 20 }),
				query,
				(contacts, consultations, q) => {
					const grouped = computeStats({ contacts, consultations }, q);
					const expand = <T extends { count?: number }>(facts: T[]) =>
						facts.flatMap((fact) =>
							Array.from({ length: fact.count ?? 1 }, () => ({ ...fact, count: undefined }))
						);
					const single = computeStats(
						{ contacts: expand(contacts), consultations: expand(consultations) },
						q
					);
					expect(grouped).toEqual(single);
				}
			),
			runs
		);
	});

	it('counts wrong numbers and dropped calls on their own line only', () => {
		const base = {
			day: '2023-03-10',
			countyId: 'pirkanmaa',
			sourceType: 'school',
			channel: 'phone',
			themes: ['immigration'],
			actions: []
		};
		const report = computeStats(
			{
				contacts: [
					{ ...base, kind: 'case' },
					{ ...base, kind: 'information-only' },
					{ ...base, kind: null },
					{ ...base, kind: 'wrong-number' },
					{ ...base, kind: 'dropped', count: 2 }
				],
				consultations: []
			},
			{ from: '2023-03-01', to: '2023-03-31', countyIds: ['pirkanmaa'] }
		);
		expect(report.contacts.total).toBe(3);
		expect(report.contacts.notCounted).toEqual([
			{ code: 'wrong-number', count: 1 },
			{ code: 'dropped', count: 2 }
		]);
		expect(report.contacts.byTheme.find((row) => row.code === 'immigration')?.count).toBe(3);
		expect(report.contacts.withoutAction).toBe(3);
	});

	it('counts consultations by stage and the median days to plan, leaving drafts out', () => {
		const fact = (stage: string | null, daysToPlan: number | null, status = 'submitted') => ({
			day: '2023-05-02',
			countyId: 'kanta-hame',
			status,
			stage,
			daysToPlan
		});
		const report = computeStats(
			{
				contacts: [],
				consultations: [
					fact('trigger', null),
					fact(null, null),
					fact('plan', 10),
					fact('feedback', 20, 'closed'),
					fact('feedback', 4, 'closed'),
					fact('plan', 1, 'draft')
				]
			},
			{ from: '2023-05-01', to: '2023-05-31', countyIds: ['kanta-hame'] }
		);
		expect(report.consultations.total).toBe(5);
		expect(report.consultations.reachedPlan).toBe(3);
		expect(report.consultations.medianDaysToPlan).toBe(10);
		const stages = Object.fromEntries(report.consultations.byStage.map((r) => [r.code, r.count]));
		expect(stages).toMatchObject({ trigger: 1, none: 1, plan: 1, feedback: 2, buffer: 0 });
	});

	it('counts kept monthly totals only for months the range covers whole', () => {
		const monthly = {
			countyId: 'pirkanmaa',
			sourceType: 'school',
			channel: 'phone',
			themes: [],
			actions: [],
			count: 7
		};
		const report = computeStats(
			{
				contacts: [],
				consultations: [],
				monthlyContacts: [
					{ ...monthly, month: '2021-03' },
					{ ...monthly, month: '2021-04' },
					{ ...monthly, month: '2021-06' }
				]
			},
			{ from: '2021-03-01', to: '2021-04-15', countyIds: ['pirkanmaa'] }
		);
		expect(report.contacts.total).toBe(7);
		expect(report.partialMonths).toEqual(['2021-04']);
	});
});

describe('facts from records', () => {
	it('reads a contact record in Finnish time', () => {
		expect(
			contactFact({
				occurredAt: '2023-02-28T22:30:00.000Z',
				countyId: 'pirkanmaa',
				sourceType: 'shelter',
				channel: 'video',
				themes: ['rare-diseases'],
				municipalityId: '837',
				note: 'ignored'
			})
		).toEqual({
			day: '2023-03-01',
			countyId: 'pirkanmaa',
			kind: null,
			sourceType: 'shelter',
			channel: 'video',
			themes: ['rare-diseases'],
			actions: [],
			municipalityId: '837'
		});
		expect(contactFact({ countyId: 'pirkanmaa' })).toBeNull();
	});

	it('takes the first stage entry at plan or later as the time the plan was reached', () => {
		const reached = planReachedAt([
			{ type: 'stage', stage: 'coordination', consultationId: 'a', at: '2023-03-01T10:00:00Z' },
			{ type: 'stage', stage: 'feedback', consultationId: 'a', at: '2023-03-09T10:00:00Z' },
			{ type: 'stage', stage: 'plan', consultationId: 'a', at: '2023-03-05T10:00:00Z' },
			{ type: 'note', stage: 'plan', consultationId: 'b', at: '2023-03-05T10:00:00Z' },
			{ type: 'stage', stage: 'feedback', consultationId: 'c', at: '2023-04-01T10:00:00Z' }
		]);
		expect([...reached]).toEqual([
			['a', '2023-03-05T10:00:00Z'],
			['c', '2023-04-01T10:00:00Z']
		]);
		const fact = consultationFact(
			{
				submittedAt: '2023-03-01T10:00:00Z',
				createdAt: '2023-02-27T10:00:00Z',
				countyId: 'pirkanmaa',
				status: 'submitted',
				stage: 'plan'
			},
			reached.get('a')
		);
		expect(fact).toMatchObject({ day: '2023-03-01', daysToPlan: 4 });
	});

	it('finds the median of weighted values', () => {
		expect(weightedMedian([])).toBeNull();
		expect(weightedMedian([{ value: 3, weight: 1 }])).toBe(3);
		expect(
			weightedMedian([
				{ value: 1, weight: 1 },
				{ value: 10, weight: 1 }
			])
		).toBe(5.5);
		expect(
			weightedMedian([
				{ value: 9, weight: 1 },
				{ value: 1, weight: 3 }
			])
		).toBe(1);
	});
});

describe('suppression', () => {
	it('never publishes a count between 1 and 4', () => {
		fc.assert(
			fc.property(
				fc.array(contact, { maxLength: 40 }),
				fc.array(consultation, { maxLength: 12 }),
				query,
				(contacts, consultations, q) => {
					// Every figure, the comparison and the trend included.
					const figures = toFigures(computeOverview({ contacts, consultations }, q), true);
					const counts: unknown[] = [];
					JSON.stringify(figures, (key, value: unknown) => {
						if (key !== 'medianDaysToPlan' && typeof value === 'number') counts.push(value);
						return value;
					});
					for (const count of counts) expect(count === 0 || (count as number) >= 5).toBe(true);
					if (
						figures.consultations.reachedPlan === '<5' ||
						figures.consultations.reachedPlan === 0
					) {
						expect(figures.consultations.medianDaysToPlan).toBeNull();
					}
					if (figures.previous.reachedPlan === '<5' || figures.previous.reachedPlan === 0) {
						expect(figures.previous.medianDaysToPlan).toBeNull();
					}
				}
			),
			runs
		);
	});

	it('publishes the numbers as they are without suppression', () => {
		const report = computeOverview(
			{
				contacts: [
					{
						day: '2023-03-01',
						countyId: 'pirkanmaa',
						sourceType: 'school',
						channel: 'phone',
						themes: [],
						actions: [],
						count: 3
					}
				],
				consultations: []
			},
			{ from: '2023-03-01', to: '2023-03-31', countyIds: ['pirkanmaa'] }
		);
		expect(toFigures(report, false).contacts.total).toBe(3);
		expect(toFigures(report, true).contacts.total).toBe('<5');
	});
});
