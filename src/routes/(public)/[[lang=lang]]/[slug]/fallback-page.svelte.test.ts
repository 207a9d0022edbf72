import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { findSource, helpLines, renderPage } from '$lib/family/content.server';
import { chromeMessages } from '$lib/family/messages';
import Page from './+page.svelte';

// Every page is translated into every family language now, so no real page falls back: the
// route is rendered with one Arabic page hidden, as a new page would be before its translation.
const untranslated: typeof findSource = (lang, slug) =>
	lang === 'ar' && slug === 'uusperheet' ? undefined : findSource(lang, slug);

describe('a family page not yet translated', () => {
	it('is shown in English, saying so and its dates in the reader’s language, and not indexed', () => {
		const page = renderPage('ar', 'uusperheet', untranslated)!;
		const data = {
			lang: 'ar',
			page,
			helpLines,
			placeNames: [],
			countyEmergency: [],
			helpLinesAtEnd: false
		};
		const { container } = render(Page, { props: { data } as never });
		const article = container.querySelector('article')!;
		expect(article.getAttribute('lang')).toBe('en');
		expect(article.getAttribute('dir')).toBe('ltr');
		const note = container.querySelector('.fallback-note')!;
		expect(note.closest('[lang]')?.getAttribute('lang')).toBe('ar');
		expect(note.closest('[dir]')?.getAttribute('dir')).toBe('rtl');
		expect(note.textContent).toContain(chromeMessages.ar.notTranslated);
		expect(note.textContent).toContain(chromeMessages.ar.shownInEn);
		expect(document.head.querySelector('meta[name=robots]')?.getAttribute('content')).toBe(
			'noindex'
		);
		const dates = container.querySelector('.page-dates')!;
		expect(dates.getAttribute('lang')).toBe('ar');
		expect(dates.textContent).toContain(chromeMessages.ar.notReviewed);
	});
});
