import { parse as parseYaml } from 'yaml';
import { FrontMatter, Slug, type SourcePage } from './content-schema';
import { isFamilyLanguage } from './languages';

/**
 * Parts of a page that are not text: a line `{{finder}}` in the Markdown places the service
 * finder there, `{{plan}}` the parenting-plan builder, `{{clear-data}}` the button that
 * removes this site's data, `{{help-lines}}` the national help lines, `{{social-emergency}}`
 * each county's social and crisis emergency number.
 */
export const tools = ['finder', 'plan', 'clear-data', 'help-lines', 'social-emergency'] as const;
export type Tool = (typeof tools)[number];
export const toolLine = /^\{\{[ \t]*([a-z-]+)[ \t]*\}\}[ \t]*$/gm;

export type Block = { kind: 'html'; html: string } | { kind: 'tool'; tool: Tool };

/** "---\nyaml\n---\nbody" → its two parts. */
export function splitFrontMatter(text: string): { data: unknown; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!match) throw new Error('front matter missing: the file must start with a --- block');
	return { data: parseYaml(match[1]!), body: match[2]! };
}

function problem(file: string, message: string): Error {
	return new Error(`${file}: ${message}`);
}

export function parsePage(file: string, text: string): SourcePage {
	const found = /\/content\/family\/([^/]+)\/([^/]+)\.md$/.exec(file);
	if (!found) throw problem(file, 'not a family page path');
	const [, lang, slug] = found;
	if (!isFamilyLanguage(lang)) throw problem(file, `unknown language folder "${lang}"`);
	if (!Slug.safeParse(slug).success) throw problem(file, 'file names are lower-case-with-dashes');
	const { data, body } = splitFrontMatter(text);
	const parsed = FrontMatter.safeParse(data);
	if (!parsed.success) {
		throw problem(
			file,
			parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
		);
	}
	const meta = parsed.data;
	if (lang !== 'fi' && (meta.translated === undefined || meta.reviewed === undefined)) {
		throw problem(file, 'a translation needs "translated" and "reviewed" (a date or false)');
	}
	if (slug === 'index' && (!meta.cards?.length || !meta.question)) {
		throw problem(file, 'the front page needs "question" and "cards"');
	}
	// The Finnish original places a topic in the list; translations follow it.
	if (slug !== 'index' && lang === 'fi' && meta.order === undefined) {
		throw problem(file, 'a topic needs "order" (its place in the list of topics)');
	}
	for (const [, name] of body.matchAll(toolLine)) {
		if (!(tools as readonly string[]).includes(name!)) throw problem(file, `unknown {{${name}}}`);
	}
	return { lang, slug: slug!, meta, body, file };
}

/** The tools a page's Markdown places. */
export const toolsOf = (body: string): Tool[] =>
	[...body.matchAll(toolLine)].map(([, name]) => name as Tool);
