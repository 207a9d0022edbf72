import { render, screen, within } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import RowList from './RowList.svelte';

const person = createRawSnippet((name: () => string) => ({
	render: () => `<a class="name" href="/app/directory/expert/${name()}">${name()}</a>`
}));

describe('RowList', () => {
	it('is a list named by its heading, one row an item, drawn by the caller', () => {
		document.body.innerHTML = '<h2 id="assignees">Vastuuhenkilöt</h2>';
		render(RowList<string>, {
			items: ['aino', 'eero'],
			key: (id: string) => id,
			row: person,
			labelledby: 'assignees'
		});
		const list = screen.getByRole('list', { name: 'Vastuuhenkilöt' });
		const rows = within(list).getAllByRole('listitem');
		expect(rows.map((row) => row.textContent)).toEqual(['aino', 'eero']);
		expect(within(rows[1]!).getByRole('link')).toHaveAttribute(
			'href',
			'/app/directory/expert/eero'
		);
	});
});
