import { describe, expect, it } from 'vitest';
import { computeOverview } from './overview';
import { toFigures } from './suppress';
import { change, columnTitle, statsCsv, statsGrids, statsTables } from './tables';

const report = computeOverview(
	{
		contacts: [
			{
				day: '2023-03-10',
				countyId: 'pirkanmaa',
				sourceType: 'school',
				channel: 'phone',
				themes: ['immigration', 'rare-diseases'],
				actions: ['advice'],
				count: 7
			},
			{
				day: '2023-04-02',
				countyId: 'pirkanmaa',
				kind: 'dropped',
				sourceType: 'other',
				channel: 'phone',
				themes: [],
				actions: []
			}
		],
		consultations: [
			{
				day: '2023-03-01',
				countyId: 'pirkanmaa',
				status: 'closed',
				stage: 'feedback',
				daysToPlan: 2.5,
				count: 5
			}
		]
	},
	{ from: '2023-03-01', to: '2023-04-30', countyIds: ['pirkanmaa'] }
);

describe('statistics tables and CSV', () => {
	it('lists every table with localised labels, totals marked as summaries', () => {
		const tables = statsTables(toFigures(report, false), 'fi');
		expect(tables.map((table) => table.id)).toEqual([
			'contacts',
			'byMonth',
			'bySource',
			'byTheme',
			'byChannel',
			'byAction',
			'byStage'
		]);
		const contacts = tables[0]!;
		expect(contacts.rows[0]).toEqual({ code: 'total', label: 'Yhteensä', value: 7, summary: true });
		expect(contacts.rows.find((row) => row.code === 'dropped')?.label).toBe(
			'Ei lasketa yhteydenotoiksi: Katkennut puhelu'
		);
		expect(tables[1]!.rows.map((row) => row.label)).toEqual(['3/2023', '4/2023']);
		const themes = tables.find((table) => table.id === 'byTheme')!;
		expect(themes.rows.find((row) => row.code === 'mentions')?.value).toBe(14);
	});

	it('writes CSV with a byte-order mark, semicolons, CRLF and decimal commas', () => {
		const csv = statsCsv(toFigures(report, true), 'Pirkanmaa', 'fi');
		expect(csv.startsWith('\uFEFFTaulukko;Rivi;Koodi;Määrä\r\n')).toBe(true);
		const lines = csv.split('\r\n');
		expect(lines).toContain('Aikaväli;2023-03-01 – 2023-04-30;;');
		expect(lines).toContain('Alue;Pirkanmaa;;');
		expect(lines).toContain('Yhteydenotot;Ei lasketa yhteydenotoiksi: Katkennut puhelu;dropped;<5');
		expect(lines).toContain(
			'Konsultaatiot vaiheen mukaan;Mediaani, päivää vastaanotosta suunnitelmaan;median-days-to-plan;2,5'
		);
		const swedish = statsCsv(toFigures(report, false), 'Birkaland', 'sv').split('\r\n');
		expect(swedish[0]).toBe('\uFEFFTabell;Rad;Kod;Antal');
		expect(swedish).toContain('Kontakter;Totalt;total;7');
		expect(swedish).toContain('Kontakter;Räknas inte som kontakter: Avbrutet samtal;dropped;1');
	});

	it('sets the period beside the previous one, the trend and the areas as tables of columns', () => {
		const grids = statsGrids(toFigures(report, false), 'fi');
		expect(grids.map((grid) => grid.id)).toEqual([
			'comparison',
			'trend',
			'byCounty',
			'byMunicipality'
		]);
		const [comparison, trend, byCounty, byMunicipality] = grids;
		expect(comparison!.columns.map(columnTitle)).toEqual([
			'Tämä jakso 1.3.2023–30.4.2023',
			'Edellinen jakso 1.1.2023–28.2.2023',
			'Muutos'
		]);
		expect(comparison!.rows[0]).toEqual({
			code: 'contacts',
			label: 'Yhteydenotot',
			values: [7, 0, 7]
		});
		expect(trend!.rows.map((row) => row.code)).toEqual([
			'2022-05',
			'2022-06',
			'2022-07',
			'2022-08',
			'2022-09',
			'2022-10',
			'2022-11',
			'2022-12',
			'2023-01',
			'2023-02',
			'2023-03',
			'2023-04'
		]);
		expect(trend!.rows.at(-2)!.values).toEqual([7, 5]);
		expect(byCounty!.rows).toEqual([{ code: 'pirkanmaa', label: 'Pirkanmaa', values: [7, 5] }]);
		expect(byMunicipality!.rows.at(-1)).toEqual({
			code: 'none',
			label: 'Kunta ei tiedossa',
			values: [7, 5]
		});
		expect(byMunicipality!.rows[0]!.label).toBe('Akaa');
	});

	it('leaves the change out when either figure is hidden, and writes the columns into the CSV', () => {
		expect(change(7, '<5')).toBeNull();
		expect(change(2.5, 1)).toBe(1.5);
		const lines = statsCsv(toFigures(report, true), 'Pirkanmaa', 'en').split('\r\n');
		expect(lines).toContain(
			'This period against the previous one: This period 2023-03-01–2023-04-30;Contacts;contacts;7'
		);
		expect(lines).toContain('This period against the previous one: Change;Contacts;contacts;7');
		expect(lines).toContain('Monthly trend, 12 months: Consultations;2023-03;2023-03;5');
		expect(lines).toContain('By municipality: Contacts;Municipality not recorded;none;7');
	});
});
