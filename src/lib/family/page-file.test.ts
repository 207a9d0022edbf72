import { describe, expect, it } from 'vitest';
import { parsePage, splitFrontMatter } from './page-file';

describe('a family page file', () => {
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
