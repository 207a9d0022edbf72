import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { loadLocale, translator } from '$lib/i18n';
import DemoBanner from './DemoBanner.svelte';

describe('DemoBanner', () => {
	it.each([
		['fi', 'Demopalvelin: Demotunnusten salasana on julkinen. Älä tallenna oikeita tietoja.'],
		['sv', 'Demoserver: Demokontonas lösenord är offentligt. Spara inga riktiga uppgifter.'],
		['en', "Demo server: The demo accounts' password is public. Do not enter real information."]
	] as const)(
		'says in %s that the password is public, as a status with no close button',
		async (locale, text) => {
			await loadLocale(locale);
			render(DemoBanner, { t: translator(locale) });
			const banner = screen.getByRole('status');
			expect(banner).toHaveTextContent(text);
			expect(banner.querySelector('button')).toBeNull();
			expect(banner.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
		}
	);
});
