import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { PwaUpdate } from '$lib/client/pwa/update.svelte';
import { translator } from '$lib/i18n';
import UpdatePrompt from './UpdatePrompt.svelte';

describe('UpdatePrompt', () => {
	it('stays silent until a new version waits, then offers a reload the user chooses', async () => {
		const pwa = new PwaUpdate();
		render(UpdatePrompt, { pwa, t: translator('fi') });
		expect(screen.queryByRole('button')).toBeNull();

		pwa.needRefresh = true;
		expect(await screen.findByText('Uusi versio on saatavilla.')).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Päivitä nyt' })).toBeInTheDocument();

		// "Later" only hides the prompt; nothing reloads by itself.
		await fireEvent.click(screen.getByRole('button', { name: 'Myöhemmin' }));
		expect(screen.queryByText('Uusi versio on saatavilla.')).toBeNull();
		expect(pwa.needRefresh).toBe(false);
	});

	it('asks for a reload when the server no longer serves this version', async () => {
		const pwa = new PwaUpdate();
		render(UpdatePrompt, { pwa, t: translator('en') });
		pwa.requireUpdate();
		expect(
			await screen.findByText(
				'This version of the app is too old for the server. Reload to update – unsent changes are kept.'
			)
		).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Reload now' })).toBeInTheDocument();
	});
});
