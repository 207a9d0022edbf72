import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RefDb } from '$lib/client/db/ref-db';
import { DirectorySearch } from '$lib/client/search/directory-search.svelte';
import { loadLocale, translator } from '$lib/i18n';
import {
	aGroup,
	anExpert,
	anOrganisation,
	aService
} from '../../../../tests/support/directory-factories';
import DirectorySearchView from './DirectorySearchView.svelte';

const org = anOrganisation({ name: 'Kanta-Hämeen hyvinvointialue', countyId: 'kanta-hame' });
const korhonen = anExpert({ name: 'Aino Korhonen', phone: '040 000 1009' });
const maki = anExpert({
	name: 'Pekka Mäki',
	title: 'Lakimies',
	organisation: 'Lakipalvelut',
	expertise: ['law'],
	countyId: 'kanta-hame',
	lastVerified: '2020-01-01'
});
const group = aGroup({ name: 'Nepsy-osaamistiimi' });
const mediation = aService(org.id, { countyIds: ['kanta-hame'], municipalityIds: ['109'] });

let db: RefDb;
let stop: () => void;

beforeEach(async () => {
	await loadLocale('en');
	db = new RefDb(`test-${uuidv7()}`);
	await db.organisations.put(org);
	await db.experts.bulkPut([korhonen, maki]);
	await db.groups.put(group);
	await db.services.put(mediation);
	await db.meta.put({ key: 'referenceCursor', value: 'reference.1' });
});

afterEach(async () => {
	stop?.();
	await db.delete();
});

function renderSearch() {
	const search = new DirectorySearch(db);
	stop = search.start();
	render(DirectorySearchView, { search, db, locale: 'en', t: translator('en') });
	return search;
}

const status = () => screen.getByRole('status');
const rowNames = () =>
	screen
		.queryAllByRole('listitem')
		.map((item) => item.querySelector('a')?.textContent?.trim())
		.filter(Boolean);

describe('DirectorySearchView', () => {
	it('lists the directory, then searches as you type with folded letters', async () => {
		renderSearch();
		expect(await screen.findByText(/holds 2 experts, 1 expert groups, 0 units/)).toBeVisible();
		await screen.findByRole('link', { name: 'Aino Korhonen' });
		expect(rowNames()).toEqual([
			'Aino Korhonen',
			'Pekka Mäki',
			'Nepsy-osaamistiimi',
			'Family mediation'
		]);

		const box = screen.getByRole('searchbox', { name: 'Search the directory' });
		await fireEvent.input(box, { target: { value: 'hameenlinna' } });
		expect(await screen.findByText('1 result')).toBe(status());
		await expect.poll(rowNames).toEqual(['Family mediation']);
		expect(screen.getByRole('link', { name: 'Family mediation' })).toHaveAttribute(
			'href',
			`/app/directory/service/${mediation.id}`
		);
		expect(screen.getByRole('link', { name: 'Call Family mediation' })).toHaveAttribute(
			'href',
			'tel:0400002000'
		);

		await fireEvent.input(box, { target: { value: 'korhnen' } });
		await expect.poll(rowNames).toEqual(['Aino Korhonen']);
		const row = screen.getByRole('link', { name: 'Aino Korhonen' }).closest('li')!;
		expect(within(row).getByText('Child psychiatry')).toBeVisible();
		expect(within(row).getByRole('link', { name: 'Call Aino Korhonen' })).toHaveAttribute(
			'href',
			'tel:0400001009'
		);

		await fireEvent.input(box, { target: { value: 'xqzv' } });
		expect(await screen.findByText(/^No results/)).toBe(status());
	});

	it('narrows with filters shown as removable chips', async () => {
		const search = renderSearch();
		await screen.findByRole('link', { name: 'Aino Korhonen' });
		await fireEvent.change(screen.getByRole('combobox', { name: 'Wellbeing services county' }), {
			target: { value: 'kanta-hame' }
		});
		await expect.poll(rowNames).toEqual(['Pekka Mäki', 'Family mediation']);
		expect(screen.getByText('2 results')).toBe(status());
		expect(search.filters).toEqual({ county: 'kanta-hame' });

		await fireEvent.change(screen.getByRole('combobox', { name: 'Type' }), {
			target: { value: 'expert' }
		});
		await expect.poll(rowNames).toEqual(['Pekka Mäki']);
		await fireEvent.click(
			screen.getByRole('button', { name: 'Remove filter: Wellbeing services county: Kanta-Häme' })
		);
		await expect.poll(rowNames).toEqual(['Aino Korhonen', 'Pekka Mäki']);
		await fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
		await expect.poll(() => rowNames().length).toBe(4);
	});

	it('marks entries not checked for a year', async () => {
		renderSearch();
		const stale = (await screen.findByRole('link', { name: 'Pekka Mäki' })).closest('li')!;
		expect(within(stale).getByText('Check details')).toBeVisible();
		const fresh = screen.getByRole('link', { name: 'Aino Korhonen' }).closest('li')!;
		expect(within(fresh).queryByText('Check details')).toBeNull();
	});

	it('rebuilds the index when a pull moves the cursor', async () => {
		renderSearch();
		await screen.findByRole('link', { name: 'Aino Korhonen' });
		const box = screen.getByRole('searchbox', { name: 'Search the directory' });
		await fireEvent.input(box, { target: { value: 'järvinen' } });
		expect(await screen.findByText(/^No results/)).toBeVisible();

		await db.transaction('rw', db.experts, db.meta, async () => {
			await db.experts.put(anExpert({ name: 'Oskari Järvinen' }));
			await db.meta.put({ key: 'referenceCursor', value: 'reference.2' });
		});
		await expect.poll(rowNames).toEqual(['Oskari Järvinen']);
		expect(status()).toHaveTextContent('1 result');
	});
});
