import { describe, expect, it } from 'vitest';
import { computeStats } from './compute';
import { toFigures } from './suppress';
import { statsCsv, statsTables } from './tables';

const report = computeStats(
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
});
