import { describe, expect, it } from 'vitest';
import { computeStats } from './compute';
import type { ConsultationFact, ContactFact } from './facts';
import { computeOverview, overviewSpan, previousPeriod, trendPeriod } from './overview';
import { toFigures } from './suppress';

const counties = ['pirkanmaa'];
const period = (from: string, to: string) => ({ from, to, countyIds: counties });

const contact = (day: string, count = 1): ContactFact => ({
	day,
	countyId: 'pirkanmaa',
	sourceType: 'school',
	channel: 'phone',
	themes: [],
	actions: [],
	municipalityId: '837',
	count
});
const consultation = (day: string, daysToPlan: number | null = null): ConsultationFact => ({
	day,
	countyId: 'pirkanmaa',
	status: 'submitted',
	stage: daysToPlan === null ? 'trigger' : 'plan',
	daysToPlan,
	municipalityId: '837'
});

describe('the period before a range', () => {
	it('is the whole months before a range of whole months', () => {
		expect(previousPeriod(period('2026-03-01', '2026-03-31'))).toMatchObject({
			from: '2026-02-01',
			to: '2026-02-28'
		});
		expect(previousPeriod(period('2026-01-01', '2026-03-31'))).toMatchObject({
			from: '2025-10-01',
			to: '2025-12-31'
		});
		expect(previousPeriod(period('2023-02-01', '2023-08-31'))).toMatchObject({
			from: '2022-07-01',
			to: '2023-01-31'
		});
	});

	it('is as many days just before any other range', () => {
		expect(previousPeriod(period('2026-03-10', '2026-03-19'))).toMatchObject({
			from: '2026-02-28',
			to: '2026-03-09'
		});
		expect(previousPeriod(period('2024-03-01', '2024-03-01'))).toMatchObject({
			from: '2024-02-29',
			to: '2024-02-29'
		});
	});
});

describe('the trend', () => {
	it('is the twelve whole months up to the range’s last month', () => {
		expect(trendPeriod(period('2026-03-05', '2026-03-20'))).toMatchObject({
			from: '2025-04-01',
			to: '2026-03-31'
		});
		expect(overviewSpan(period('2026-03-05', '2026-03-20'))).toEqual({
			from: '2025-04-01',
			to: '2026-03-31'
		});
		// A long range reaches further back than its trend: the span covers both.
		expect(overviewSpan(period('2020-01-01', '2026-12-31'))).toEqual({
			from: '2013-01-01',
			to: '2026-12-31'
		});
	});

	it('counts each month of the year, with the previous period from the same facts', () => {
		const input = {
			contacts: [
				contact('2025-03-31', 4), // before the trend's year
				contact('2025-04-01', 2),
				contact('2026-02-14', 3),
				contact('2026-03-01', 5)
			],
			consultations: [
				consultation('2026-02-02', 2),
				consultation('2026-03-03', 4),
				consultation('2026-03-04')
			]
		};
		const query = period('2026-03-01', '2026-03-31');
		const overview = computeOverview(input, query);
		expect(overview.trend).toHaveLength(12);
		expect(overview.trend[0]).toEqual({ month: '2025-04', contacts: 2, consultations: 0 });
		expect(overview.trend.at(-2)).toEqual({ month: '2026-02', contacts: 3, consultations: 1 });
		expect(overview.trend.at(-1)).toEqual({ month: '2026-03', contacts: 5, consultations: 2 });
		expect(overview.previous).toEqual({
			from: '2026-02-01',
			to: '2026-02-28',
			contacts: 3,
			consultations: 1,
			reachedPlan: 1,
			medianDaysToPlan: 2
		});
		// The range's own figures are computeStats' as they were.
		const { previous, trend, ...own } = overview;
		expect(previous && trend).toBeTruthy();
		expect(own).toEqual(computeStats(input, query));
		expect(own.byMunicipality.find((row) => row.code === '837')).toEqual({
			code: '837',
			contacts: 5,
			consultations: 2
		});

		// Suppressed, the new figures hide 1–4 like the others, and the median with fewer than 5.
		const figures = toFigures(overview, true);
		expect(figures.previous).toMatchObject({
			contacts: '<5',
			consultations: '<5',
			medianDaysToPlan: null
		});
		expect(figures.trend.at(-1)).toEqual({ month: '2026-03', contacts: 5, consultations: '<5' });
		expect(figures.byCounty).toEqual([{ code: 'pirkanmaa', contacts: 5, consultations: '<5' }]);
		expect(figures.consultations.byMonth).toEqual([{ month: '2026-03', count: '<5' }]);
	});
});
