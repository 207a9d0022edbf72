import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ToggleChips from './ToggleChips.svelte';

const options = [
	{ value: 'violence', label: 'Väkivalta' },
	{ value: 'separation', label: 'Vaativat erot' },
	{ value: 'rare', label: 'Harvinaissairaudet' }
];

function renderChips(selected: string[] = []) {
	const props = $state({ label: 'Teemat', options, selected });
	render(ToggleChips, props);
	const chip = (name: string) => screen.getByRole('button', { name });
	return { props, chip };
}

describe('ToggleChips', () => {
	it('is one group of toggle buttons with one tab stop', () => {
		const { chip } = renderChips(['separation']);
		expect(screen.getByRole('group', { name: 'Teemat' })).toBeInTheDocument();
		expect(chip('Vaativat erot')).toHaveAttribute('aria-pressed', 'true');
		expect(chip('Väkivalta')).toHaveAttribute('aria-pressed', 'false');
		const stops = screen.getAllByRole('button').filter((button) => button.tabIndex === 0);
		expect(stops).toEqual([chip('Väkivalta')]);
	});

	it('toggles the focused chip with Space and with Enter, and keeps Enter from the form', async () => {
		const { props, chip } = renderChips();
		chip('Väkivalta').focus();
		expect(await fireEvent.keyDown(chip('Väkivalta'), { key: ' ' })).toBe(false);
		expect(props.selected).toEqual(['violence']);
		expect(chip('Väkivalta')).toHaveAttribute('aria-pressed', 'true');
		// fireEvent answers false when the handler prevented the default (no implicit submit).
		expect(await fireEvent.keyDown(chip('Väkivalta'), { key: 'Enter' })).toBe(false);
		expect(props.selected).toEqual([]);
		expect(chip('Väkivalta')).toHaveAttribute('aria-pressed', 'false');
	});

	it('moves focus and the tab stop with the arrow keys, Home and End, wrapping around', async () => {
		const { chip } = renderChips();
		chip('Väkivalta').focus();
		await fireEvent.keyDown(chip('Väkivalta'), { key: 'ArrowRight' });
		expect(chip('Vaativat erot')).toHaveFocus();
		expect(chip('Vaativat erot').tabIndex).toBe(0);
		expect(chip('Väkivalta').tabIndex).toBe(-1);
		await fireEvent.keyDown(chip('Vaativat erot'), { key: 'End' });
		expect(chip('Harvinaissairaudet')).toHaveFocus();
		await fireEvent.keyDown(chip('Harvinaissairaudet'), { key: 'ArrowDown' });
		expect(chip('Väkivalta')).toHaveFocus();
		await fireEvent.keyDown(chip('Väkivalta'), { key: 'ArrowLeft' });
		expect(chip('Harvinaissairaudet')).toHaveFocus();
		await fireEvent.keyDown(chip('Harvinaissairaudet'), { key: 'Home' });
		expect(chip('Väkivalta')).toHaveFocus();
	});

	it('selects several chips, by keyboard and by click, in the order chosen', async () => {
		const { props, chip } = renderChips();
		await fireEvent.click(chip('Harvinaissairaudet'));
		chip('Väkivalta').focus();
		await fireEvent.keyDown(chip('Väkivalta'), { key: ' ' });
		expect(props.selected).toEqual(['rare', 'violence']);
		expect(chip('Harvinaissairaudet').tabIndex).toBe(-1);
	});

	it('leaves Ctrl+Enter to the form (save)', async () => {
		const { props, chip } = renderChips();
		expect(await fireEvent.keyDown(chip('Väkivalta'), { key: 'Enter', ctrlKey: true })).toBe(true);
		expect(props.selected).toEqual([]);
	});
});
