import { describe, expect, it } from 'vitest';
import { detailHref, inLocale, languageName, localToday, mailtoHref, telHref } from './format';

describe('directory formatting', () => {
	it('makes dialable and mail links', () => {
		expect(telHref('040 000 1009')).toBe('tel:0400001009');
		expect(telHref('+358 40 000 1009')).toBe('tel:+358400001009');
		expect(mailtoHref('aino.korhonen@example.fi')).toBe('mailto:aino.korhonen@example.fi');
		expect(detailHref('group', 'abc')).toBe('/app/directory/group/abc');
	});

	it("takes today's date from the device's own calendar", () => {
		expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});

	it('names languages in the reader language', () => {
		expect(languageName('sv', 'fi')).toBe('ruotsi');
		expect(languageName('fi', 'en')).toBe('Finnish');
	});

	it('falls back to Finnish for a text not translated, and says so', () => {
		const text = { fi: 'Lastenvalvoja', sv: 'Barnatillsyningsman', en: '' };
		expect(inLocale(text, 'sv')).toEqual({ text: 'Barnatillsyningsman', lang: 'sv' });
		expect(inLocale(text, 'en')).toEqual({ text: 'Lastenvalvoja', lang: 'fi' });
	});
});
