import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import {
	matchMunicipalities,
	municipalityOptions,
	settledMunicipality
} from '$lib/domain/calls/municipality-options';
import Combobox from './Combobox.svelte';

function renderCombobox(value = '') {
	const props = $state({
		label: 'Kunta',
		options: municipalityOptions('fi'),
		value,
		unsettled: false,
		noMatches: 'Ei osumia.',
		chooseFromList: 'Valitse vaihtoehto listasta.',
		hint: 'Nimi tai postinumero',
		match: matchMunicipalities,
		settle: settledMunicipality
	});
	render(Combobox, props);
	const input = screen.getByRole('combobox', { name: 'Kunta' });
	const type = (text: string) => fireEvent.input(input, { target: { value: text } });
	const key = (name: string) => fireEvent.keyDown(input, { key: name });
	return { props, input, type, key };
}

const optionNames = () =>
	screen.queryAllByRole('option').map((option) => option.querySelector('span')?.textContent);

describe('Combobox (municipality)', () => {
	it('is a closed ARIA 1.2 combobox that controls its listbox', () => {
		const { input } = renderCombobox();
		expect(input).toHaveAttribute('aria-autocomplete', 'list');
		expect(input).toHaveAttribute('aria-expanded', 'false');
		const listbox = document.getElementById(input.getAttribute('aria-controls')!);
		expect(listbox).toHaveAttribute('role', 'listbox');
		expect(listbox).toHaveAttribute('aria-label', 'Kunta');
		expect(listbox).not.toBeVisible();
	});

	it('filters as one types and marks the first match without moving focus', async () => {
		const { input, type } = renderCombobox();
		input.focus();
		await type('hämeen');
		expect(input).toHaveAttribute('aria-expanded', 'true');
		expect(optionNames()).toEqual(['Hämeenkyrö', 'Hämeenlinna']);
		const [first] = screen.getAllByRole('option');
		expect(first).toHaveAttribute('aria-selected', 'true');
		expect(input).toHaveAttribute('aria-activedescendant', first!.id);
		expect(input).toHaveFocus();
	});

	it('moves the mark with the arrow keys (wrapping) and takes it with Enter', async () => {
		const { props, input, type, key } = renderCombobox();
		await type('hämeen');
		await key('ArrowDown');
		const options = screen.getAllByRole('option');
		expect(input).toHaveAttribute('aria-activedescendant', options[1]!.id);
		await key('ArrowDown');
		expect(input).toHaveAttribute('aria-activedescendant', options[0]!.id);
		await key('ArrowUp');
		expect(input).toHaveAttribute('aria-activedescendant', options[1]!.id);
		// Enter picks the option and is kept from the form (it would save).
		expect(await key('Enter')).toBe(false);
		expect(props.value).toBe('109');
		expect(input).toHaveValue('Hämeenlinna');
		expect(input).toHaveAttribute('aria-expanded', 'false');
		expect(input).not.toHaveAttribute('aria-activedescendant');
	});

	it('leaves Enter to the form while the list is closed', async () => {
		const { key } = renderCombobox('837');
		expect(await key('Enter')).toBe(true);
	});

	it('takes the marked option with Tab without stopping the move to the next field', async () => {
		const { props, type, key } = renderCombobox();
		await type('tamp');
		expect(await key('Tab')).toBe(true);
		expect(props.value).toBe('837');
	});

	it('finds a municipality by its Swedish name and shows the county', async () => {
		const { type } = renderCombobox();
		await type('uleåb');
		expect(screen.getByRole('option')).toHaveTextContent('Oulu');
		expect(screen.getByRole('option')).toHaveTextContent('Pohjois-Pohjanmaa');
	});

	it('closes with Escape, then clears with a second Escape', async () => {
		const { props, input, type, key } = renderCombobox();
		await type('tamp');
		await key('Escape');
		expect(input).toHaveAttribute('aria-expanded', 'false');
		expect(input).toHaveValue('tamp');
		await key('Escape');
		expect(input).toHaveValue('');
		expect(props).toMatchObject({ value: '', unsettled: false });
	});

	it('opens the list with ArrowDown and picks an option with a click', async () => {
		const { props, input, key } = renderCombobox();
		await key('ArrowDown');
		expect(input).toHaveAttribute('aria-expanded', 'true');
		await fireEvent.click(screen.getByRole('option', { name: /Akaa/ }));
		expect(props.value).toBe('020');
	});

	it('settles on leaving only when the text leaves no doubt', async () => {
		const { props, input, type } = renderCombobox();
		await type('tamp');
		await fireEvent.blur(input);
		expect(props).toMatchObject({ value: '837', unsettled: false });
		expect(input).toHaveValue('Tampere');

		await type('ka');
		expect(props).toMatchObject({ value: '', unsettled: true });
		await fireEvent.blur(input);
		expect(props).toMatchObject({ value: '', unsettled: true });
		expect(input).toHaveAttribute('aria-invalid', 'true');
		expect(input).toHaveAccessibleDescription('Nimi tai postinumero Valitse vaihtoehto listasta.');
	});

	it('says when nothing matches', async () => {
		const { type } = renderCombobox();
		await type('atlantis');
		expect(screen.getByRole('status')).toHaveTextContent('Ei osumia.');
		expect(screen.queryAllByRole('option')).toEqual([]);
	});

	it('finds the place a case form, a Swedish phrase or a Sámi name names, first', async () => {
		const { props, input, type, key } = renderCombobox();
		expect(input).toHaveAccessibleDescription('Nimi tai postinumero');
		await type('Lahdessa');
		expect(optionNames()[0]).toBe('Lahti');
		await type('i Åbo');
		expect(optionNames()[0]).toBe('Turku');
		await type('Anár');
		expect(optionNames()[0]).toBe('Inari');
		expect(await key('Enter')).toBe(false);
		expect(props.value).toBe('148');
	});

	it('narrows by postal code digit by digit and settles on a whole code', async () => {
		const { props, input, type } = renderCombobox();
		await type('3310');
		expect(optionNames()).toEqual(['Tampere']);
		await type('37');
		expect(optionNames()).toEqual(expect.arrayContaining(['Nokia', 'Vesilahti']));
		await type('37470');
		expect(optionNames()).toEqual(['Vesilahti']);
		await fireEvent.blur(input);
		expect(props).toMatchObject({ value: '922', unsettled: false });
		expect(input).toHaveValue('Vesilahti');
		// A postal code that is nobody's is not a choice.
		await type('00000');
		expect(screen.getByRole('status')).toHaveTextContent('Ei osumia.');
		await fireEvent.blur(input);
		expect(props).toMatchObject({ value: '', unsettled: true });
	});

	it('settles "Tampereella" on Tampere when focus leaves', async () => {
		const { props, input, type } = renderCombobox();
		await type('Tampereella');
		await fireEvent.blur(input);
		expect(props).toMatchObject({ value: '837', unsettled: false });
	});
});
