import { Marked, type Tokens } from 'marked';
import { localizeHref, type FamilyLanguage } from './languages';

const escapeHtml = (text: string) =>
	text.replace(
		/[&<>"']/g,
		(char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!
	);

/**
 * Markdown → HTML at build time. Internal links follow the reader's language; raw HTML in a
 * file is shown as text, so content can never bring in a script or a style.
 */
export function renderMarkdown(source: string, lang: FamilyLanguage): string {
	const marked = new Marked({
		gfm: true,
		renderer: {
			link({ href, title, tokens }: Tokens.Link) {
				const text = this.parser.parseInline(tokens);
				const target = localizeHref(href, lang);
				const external = /^https?:\/\//.test(target);
				const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
				const rel = external ? ' rel="noreferrer"' : '';
				return `<a href="${escapeHtml(target)}"${titleAttr}${rel}>${text}</a>`;
			},
			html({ text }: Tokens.HTML | Tokens.Tag) {
				return escapeHtml(text);
			}
		}
	});
	return marked.parse(source, { async: false });
}

/** Every link target in a Markdown text, as written (for the link check). */
export function markdownLinks(source: string): string[] {
	const links: string[] = [];
	void new Marked().walkTokens(new Marked().lexer(source), (token) => {
		if (token.type === 'link') links.push((token as Tokens.Link).href);
	});
	return links;
}
