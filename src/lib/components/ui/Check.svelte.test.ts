import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Check from './Check.svelte';

describe('Check', () => {
	it('is a check box named by its words, given its state and told of a change', async () => {
		const onchange = vi.fn((event: Event) => (event.currentTarget as HTMLInputElement).checked);
		render(Check, { label: 'Näytä myös päättyneet', id: 'closed', checked: true, onchange });
		const box = screen.getByRole('checkbox', { name: 'Näytä myös päättyneet' });
		expect(box).toBeChecked();
		expect(box).toHaveAttribute('id', 'closed');
		await fireEvent.click(box);
		expect(box).not.toBeChecked();
		expect(onchange).toHaveReturnedWith(false);
	});
});
