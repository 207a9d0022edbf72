import { render, screen } from '@testing-library/svelte';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { saveExperts } from '$lib/client/db/experts';
import { RefDb } from '$lib/client/db/ref-db';
import type { Expert } from '$lib/domain/schemas/expert';
import { loadLocale, translator } from '$lib/i18n';
import ExpertList from './ExpertList.svelte';

const expert = (name: string, phone?: string): Expert => ({
	id: uuidv7(),
	name,
	title: 'Lastenpsykiatri',
	organisation: 'Lastenpsykiatrian poliklinikka',
	countyId: 'pirkanmaa',
	roles: ['consulting-expert'],
	expertise: ['child-psychiatry'],
	languages: ['fi'],
	phone,
	onDuty: false,
	lastVerified: '2026-10-01',
	version: 1,
	updatedAt: new Date().toISOString()
});

describe('ExpertList', () => {
	let db: RefDb;
	afterEach(async () => {
		await db.delete();
	});

	it('follows the database live: rows added after render appear in name order', async () => {
		await loadLocale('en');
		db = new RefDb(`test-${uuidv7()}`);
		render(ExpertList, { db, t: translator('en') });
		expect(await screen.findByText(/has not been downloaded/)).toBeInTheDocument();

		await saveExperts(db, [expert('Ville Laine', '040 000 1009'), expert('Aino Korhonen')]);

		expect(await screen.findByText('2 experts')).toBeInTheDocument();
		const names = screen
			.getAllByRole('listitem')
			.map((item) => item.querySelector('.name')?.textContent);
		expect(names).toEqual(['Aino Korhonen', 'Ville Laine']);
		const call = screen.getByRole('link', { name: 'Call Ville Laine' });
		expect(call).toHaveAttribute('href', 'tel:0400001009');

		await db.experts.clear();
		expect(await screen.findByText(/has not been downloaded/)).toBeInTheDocument();
	});
});
