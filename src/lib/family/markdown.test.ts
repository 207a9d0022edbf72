import { describe, expect, it } from 'vitest';
import { localizeHref } from './languages';
import { markdownLinks, renderMarkdown } from './markdown.server';

describe('family Markdown', () => {
	it('keeps the reader in their language when following internal links', () => {
		expect(localizeHref('/vakivalta', 'fi')).toBe('/vakivalta');
		expect(localizeHref('/vakivalta', 'sv')).toBe('/sv/vakivalta');
		expect(localizeHref('/apua#help-lines', 'ar')).toBe('/ar/apua#help-lines');
		expect(localizeHref('/', 'uk')).toBe('/uk');
		expect(localizeHref('/', 'fi')).toBe('/');
		expect(localizeHref('https://example.fi/x', 'sv')).toBe('https://example.fi/x');
	});

	it('renders links for the reader and never passes raw HTML through', () => {
		const html = renderMarkdown(
			'See [help](/apua) or [THL](https://thl.fi/).\n\n<script>alert(1)</script>',
			'en'
		);
		expect(html).toContain('<a href="/en/apua">help</a>');
		expect(html).toContain('<a href="https://thl.fi/" rel="noreferrer">THL</a>');
		expect(html).not.toContain('<script>');
		expect(html).toContain('&lt;script&gt;');
	});

	it('lists the links of a text', () => {
		expect(markdownLinks('[a](/x) and **[b](https://y.fi/)**')).toEqual(['/x', 'https://y.fi/']);
	});
});
