import { render } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import Facts, { type Fact } from './Facts.svelte';

/** The list as a reader meets it: each label with the value that follows it. */
const pairs = (container: HTMLElement) =>
	[...container.querySelectorAll('dt')].map((term) => [
		term.textContent?.trim(),
		term.nextElementSibling?.tagName === 'DD' ? term.nextElementSibling.textContent?.trim() : null
	]);

const withPhone = createRawSnippet((text: () => string) => ({
	render: () => `<span>${text()} <a href="tel:0401234567">040 123 4567</a></span>`
}));

describe('Facts', () => {
	it('pairs each label with its value, an empty one saying so, quieter', () => {
		const facts: Fact[] = [
			{ label: 'Kiireellisyys', value: 'Akuutti' },
			{ label: 'Tausta', value: '  ' },
			{ label: 'Kysymys', value: 'Miten edetään?\nEntä sitten?', long: true },
			{ label: 'Korkean riskin tilanne', value: 'Lapsikaappauksen uhka', danger: true }
		];
		const { container } = render(Facts, { facts, empty: 'Ei kerrottu' });
		expect(pairs(container)).toEqual([
			['Kiireellisyys', 'Akuutti'],
			['Tausta', 'Ei kerrottu'],
			['Kysymys', 'Miten edetään?\nEntä sitten?'],
			['Korkean riskin tilanne', 'Lapsikaappauksen uhka']
		]);
		const values = [...container.querySelectorAll('dd')];
		expect(values.map((value) => value.className.match(/\b(empty|long|danger)\b/)?.[1])).toEqual([
			undefined,
			'empty',
			'long',
			'danger'
		]);
	});

	it('shows a value through its own markup, given the text', () => {
		const { container } = render(Facts, {
			facts: [{ label: 'Pyytäjä', value: 'Sosiaalityöntekijä', markup: withPhone }],
			empty: 'Ei kerrottu'
		});
		expect(pairs(container)).toEqual([['Pyytäjä', 'Sosiaalityöntekijä 040 123 4567']]);
		expect(container.querySelector('dd a')).toHaveAttribute('href', 'tel:0401234567');
	});

	it('is one description list whose own width decides its columns', () => {
		const { container } = render(Facts, {
			facts: [{ label: 'Tila', value: 'Lähetetty' }],
			empty: ''
		});
		expect(container.querySelectorAll('dl')).toHaveLength(1);
		// The container query measures the wrapper, so the list lays out by its column, not the screen.
		expect(container.querySelector('dl')!.parentElement).toHaveClass('facts');
	});
});
