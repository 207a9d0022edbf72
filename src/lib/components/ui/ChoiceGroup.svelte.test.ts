import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ChoiceGroup from './ChoiceGroup.svelte';

const options = [
	{ value: 'violence', label: 'Väkivalta' },
	{ value: 'separation', label: 'Vaativat erot' },
	{ value: 'rare', label: 'Harvinaissairaudet' }
];

describe('ChoiceGroup as chips', () => {
	it('is a named group of real check boxes that say whether they are checked', () => {
		const props = $state({
			legend: 'Teemat',
			options,
			value: ['separation'],
			multiple: true,
			look: 'chips' as const
		});
		render(ChoiceGroup, props);
		const group = screen.getByRole('group', { name: 'Teemat' });
		expect(group).toHaveClass('chips');
		expect(screen.getByRole('checkbox', { name: 'Vaativat erot' })).toBeChecked();
		expect(screen.getByRole('checkbox', { name: 'Väkivalta' })).not.toBeChecked();
		// Each chip is its own stop for the keyboard, as check boxes are.
		expect(screen.getAllByRole('checkbox').every((box) => box.tabIndex === 0)).toBe(true);
	});

	it("toggles several (kept in the options' order) and takes one back", async () => {
		const props = $state({
			legend: 'Teemat',
			options,
			value: [] as string[],
			multiple: true,
			look: 'chips' as const
		});
		render(ChoiceGroup, props);
		await fireEvent.click(screen.getByRole('checkbox', { name: 'Harvinaissairaudet' }));
		// A click on the chip's text is a click on its box (the label holds the box).
		await fireEvent.click(screen.getByText('Väkivalta'));
		expect(props.value).toEqual(['violence', 'rare']);
		await fireEvent.click(screen.getByRole('checkbox', { name: 'Harvinaissairaudet' }));
		expect(props.value).toEqual(['violence']);
		expect(screen.getByRole('checkbox', { name: 'Harvinaissairaudet' })).not.toBeChecked();
	});
});
