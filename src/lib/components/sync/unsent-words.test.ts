import { beforeAll, describe, expect, it } from 'vitest';
import type { UnsentView } from '$lib/client/sync/unsent';
import { loadLocale, translator } from '$lib/i18n';
import { excerpt, syncedWords, unsentWords } from './unsent-words';

const t = translator('fi');
const item = {
	isNew: true,
	removed: false,
	firstAt: '2026-12-05T08:00:00.000Z',
	lastAt: '2026-12-05T08:00:00.000Z',
	changes: 1
};
const contact: UnsentView = {
	...item,
	table: 'contacts',
	id: 'c1',
	occurredAt: new Date(2026, 11, 5, 10, 12).toISOString()
};
const request: UnsentView = {
	...item,
	table: 'consultations',
	id: 'r1',
	themes: ['demanding-separation'],
	createdAt: new Date(2026, 11, 4, 9, 0).toISOString()
};

describe('unsent items in plain words', () => {
	beforeAll(() => loadLocale('en'));

	it('names a contact by when it happened', () => {
		expect(unsentWords(contact, t, 'fi')).toBe('Yhteydenotto 5.12. klo 10.12');
		expect(unsentWords({ ...contact, removed: true }, t, 'fi')).toBe(
			'Yhteydenotto 5.12. klo 10.12 (poistettu)'
		);
	});

	it('names a request by the start of its question, else its theme, else its day', () => {
		const question =
			'Miten tukea perhettä, jossa vanhemmat riitelevät huoltajuudesta jo kolmatta vuotta?';
		expect(unsentWords({ ...request, question }, t, 'fi')).toBe(
			'Konsultaatiopyyntö: Miten tukea perhettä, jossa vanhemmat riitelevät…'
		);
		expect(unsentWords(request, t, 'fi')).toBe('Konsultaatiopyyntö: Vaativat erot / huoltoriidat');
		expect(unsentWords(request, translator('en'), 'en')).toBe(
			'Consultation request: Demanding separations / custody disputes'
		);
		expect(unsentWords({ ...request, themes: [] }, t, 'fi')).toBe(
			'Konsultaatiopyyntö: 4.12. klo 09.00'
		);
	});

	it('cuts a long text at a word', () => {
		expect(excerpt('  lyhyt\n teksti ')).toBe('lyhyt teksti');
		expect(excerpt('yksi kaksi kolme neljä', 12)).toBe('yksi kaksi…');
	});

	it('says when the device synced: today, yesterday, or the day', () => {
		const now = new Date(2026, 11, 5, 12, 0);
		expect(syncedWords(new Date(2026, 11, 5, 10, 12).getTime(), t, 'fi', now)).toBe(
			'Synkronoitu klo 10.12'
		);
		expect(syncedWords(new Date(2026, 11, 4, 22, 5).getTime(), t, 'fi', now)).toBe(
			'Synkronoitu eilen klo 22.05'
		);
		expect(syncedWords(new Date(2026, 11, 1, 8, 0).getTime(), t, 'fi', now)).toBe(
			'Synkronoitu 1.12. klo 08.00'
		);
		expect(syncedWords(null, t, 'fi', now)).toBe('Ei vielä synkronoitu tällä laitteella');
	});
});
