import { describe, expect, it } from 'vitest';
import { parsePage, splitFrontMatter } from './content.server';
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

	it('tells the editor what is wrong in a file', () => {
		expect(() => splitFrontMatter('no front matter')).toThrow(/front matter/);
		const file = '/content/family/sv/test.md';
		expect(() => parsePage(file, '---\ntitle: Test\n---\nBody')).toThrow(
			/sv\/test\.md: .*description/
		);
		const translation =
			'---\ntitle: Test\ndescription: A description long enough to be a real search snippet.\norder: 1\nupdated: 2026-11-25\n---\nBody';
		expect(() => parsePage(file, translation)).toThrow(/translated/);
		expect(() =>
			parsePage('/content/family/fi/test.md', translation.replace('Body', '{{nonsense}}'))
		).toThrow(/unknown \{\{nonsense\}\}/);
		expect(() =>
			parsePage('/content/family/fi/test.md', translation.replace('order: 1\n', ''))
		).toThrow(/order/);
	});
});
