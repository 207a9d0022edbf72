import { describe, expect, it } from 'vitest';
import { blindSpots, blindSpotsCsv, coverageColumns, type CoveredService } from './blind-spots';

const service = (overrides: Partial<CoveredService>): CoveredService => ({
	tier: 'basic',
	category: 'family-counselling',
	countyIds: [],
	municipalityIds: [],
	...overrides
});

const column = (code: string) => coverageColumns.indexOf(code);

describe('blind spots', () => {
	it('counts what reaches each county and municipality, and the columns with none', () => {
		const report = blindSpots([
			service({ countyIds: ['pirkanmaa'] }),
			service({
				countyIds: ['pirkanmaa'],
				municipalityIds: ['837'],
				tier: 'ot',
				category: 'legal'
			}),
			// Nationwide: reaches everyone, so it fills no local gap.
			service({ category: 'helpline' })
		]);
		expect(report.counties).toHaveLength(23);
		expect(report.municipalities).toHaveLength(308);
		const pirkanmaa = report.counties.find((row) => row.id === 'pirkanmaa')!;
		expect(pirkanmaa.counts[column('basic')]).toBe(1);
		expect(pirkanmaa.counts[column('ot')]).toBe(1);
		expect(pirkanmaa.counts[column('helpline')]).toBe(0);
		const tampere = report.municipalities.find((row) => row.id === '837')!;
		const orivesi = report.municipalities.find((row) => row.id === '562')!;
		expect(tampere.counts[column('legal')]).toBe(1);
		expect(tampere.counts[column('family-counselling')]).toBe(1);
		// Orivesi gets the county-wide service only, not Tampere's own.
		expect(orivesi.counts[column('legal')]).toBe(0);
		expect(orivesi.counts[column('family-counselling')]).toBe(1);
		expect(orivesi.gaps).toBe(tampere.gaps + 2);
		const hailuoto = report.municipalities.find((row) => row.id === '072')!;
		expect(hailuoto.gaps).toBe(coverageColumns.length);
	});

	it('writes the report as CSV with translated headings and place names', () => {
		const csv = blindSpotsCsv(blindSpots([service({ countyIds: ['pirkanmaa'] })]), 'sv');
		const lines = csv.slice(1).split('\r\n');
		expect(lines[0]).toMatch(/^Område;Välfärdsområde;Basnivå;.*;Luckor$/);
		expect(lines).toContain(
			`Kommun: Tammerfors;Birkaland;1;0;0;${coverageColumns
				.slice(3)
				.map((code) => (code === 'family-counselling' ? 1 : 0))
				.join(';')};${coverageColumns.length - 2}`
		);
		expect(lines.filter(Boolean)).toHaveLength(1 + 23 + 308);
	});
});
