import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { ImportReport as Report } from '$lib/client/admin/import';
import { translator } from '$lib/i18n';
import ImportReport from './ImportReport.svelte';

const report = (overrides: Partial<Report> = {}): Report => ({
	dryRun: true,
	kind: 'experts',
	counts: { total: 2, created: 1, updated: 1, unchanged: 0 },
	sample: [{ name: 'Aino Korhonen', title: 'Psykologi' }, { name: { fi: 'Lastenvalvoja' } }],
	errors: [],
	written: false,
	...overrides
});

describe('ImportReport', () => {
	it('previews the counts and the first entries of a good file', () => {
		render(ImportReport, { t: translator('fi'), report: report() });
		expect(screen.getByRole('status')).toHaveTextContent(
			'Luettu 2: 1 uutta, 1 muuttunutta, 0 ennallaan.'
		);
		const items = screen.getAllByRole('listitem').map((item) => item.textContent);
		expect(items).toEqual(['Aino Korhonen — Psykologi', 'Lastenvalvoja']);
	});

	it('lists every problem by line and field, and announces them', () => {
		const errors = [
			{
				line: 3,
				field: 'county',
				message: '"Atlantis" is not a wellbeing services county we know'
			},
			{ line: 1, field: '', message: 'not valid JSON' }
		];
		render(ImportReport, { t: translator('fi'), report: report({ errors }) });
		expect(screen.getByRole('alert')).toHaveTextContent('Tiedostossa on 2 virhettä.');
		const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
		const cells = rows.map((row) =>
			within(row)
				.getAllByRole('cell')
				.map((cell) => cell.textContent)
		);
		expect(cells).toEqual([
			['3', 'county', '"Atlantis" is not a wellbeing services county we know'],
			['1', '—', 'not valid JSON']
		]);
		expect(screen.queryByRole('status')).toBeNull();
	});

	it('shows the organisations a PTV file brings and the notes to check', () => {
		const notes = [{ line: 254, field: 'services.1', message: 'a new service: set its tier' }];
		const related = [
			{ kind: 'organisations', counts: { total: 2, created: 2, updated: 0, unchanged: 0 } }
		];
		render(ImportReport, {
			t: translator('sv'),
			report: report({ kind: 'services', notes, related })
		});
		expect(screen.getByText('Organisationer 2: 2 nya, 0 ändrade, 0 oförändrade.')).toBeVisible();
		expect(screen.getByText(/^Att kontrollera 1:/)).toBeVisible();
		const cells = within(screen.getByRole('table')).getAllByRole('cell');
		expect(cells.map((cell) => cell.textContent)).toEqual([
			'254',
			'services.1',
			'a new service: set its tier'
		]);
	});
});
