import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { fromSpec } from '$lib/family/client/dom';
import type { PublicService } from '$lib/family/finder';
import { chromeText, type ChromeKey } from '$lib/family/messages';
import { serviceCard } from '$lib/family/service-card';
import ServiceCard from './ServiceCard.svelte';

const service: PublicService = {
	id: 'svc-1',
	name: { fi: 'Lastenvalvoja', sv: 'Barnatillsyningsman', en: 'Child welfare supervisor' },
	summary: { fi: 'Sopimukset lapsen asioista.', sv: '', en: 'Agreements on the child.' },
	category: 'child-welfare-supervisor',
	access: 'self-referral',
	cost: 'free',
	channels: [
		{ type: 'phone', value: '040 000 0000', hours: 'ma–pe 9–12' },
		{ type: 'web', value: 'https://example.fi/lastenvalvoja' },
		{ type: 'address', value: 'Esimerkkikatu 1' }
	],
	openingHours: 'ma–pe 8–16',
	languages: ['fi', 'sv'],
	countyIds: ['pirkanmaa'],
	municipalityIds: ['837'],
	provider: 'Pirkanmaan hyvinvointialue',
	lastVerified: '2026-11-01'
};

/** The markup without Svelte's comment anchors and the whitespace between tags. */
const markup = (html: string) => html.replace(/<!--.*?-->/g, '').replace(/>\s+</g, '><');

describe('ServiceCard', () => {
	it.each(['fi', 'sv', 'ar'] as const)(
		'draws in %s exactly what the finder script draws from the same description',
		(lang) => {
			const { container } = render(ServiceCard, { lang, service });
			const t = chromeText(lang);
			const scripted = fromSpec(serviceCard(service, lang, (key, p) => t(key as ChromeKey, p)));
			expect(markup(container.innerHTML)).toBe(markup(scripted.outerHTML));
			expect(container.querySelector('a[href="tel:0400000000"]')).not.toBeNull();
		}
	);
});
