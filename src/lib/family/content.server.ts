import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { counties } from '$lib/domain/areas';
import {
	HelpLine,
	Settings,
	SocialEmergency,
	type FrontMatter,
	type SourcePage
} from './content-schema';
import { areaName } from './finder';
import {
	fallbackLanguages,
	familyLanguages,
	textDirection,
	type FamilyLanguage
} from './languages';
import { renderMarkdown } from './markdown.server';
import { parsePage, toolLine, type Block, type Tool } from './page-file';

/**
 * The family pages' content: `content/family/<lang>/<slug>.md` (front matter + Markdown),
 * the help lines and the site settings. Read and rendered at build time; nothing here
 * reaches the browser except the HTML it becomes.
 */
const markdownFiles = import.meta.glob('/content/family/*/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;
const yamlFiles = import.meta.glob('/content/family/*.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** Markdown with tool lines → HTML blocks with the tools between them. */
function renderBlocks(body: string, lang: FamilyLanguage): Block[] {
	const blocks: Block[] = [];
	let start = 0;
	const text = (end: number) => {
		const part = body.slice(start, end);
		if (part.trim()) blocks.push({ kind: 'html', html: renderMarkdown(part, lang) });
	};
	for (const match of body.matchAll(toolLine)) {
		text(match.index);
		blocks.push({ kind: 'tool', tool: match[1] as Tool });
		start = match.index + match[0].length;
	}
	text(body.length);
	return blocks;
}

function loadPages(): Map<string, SourcePage> {
	const pages = new Map<string, SourcePage>();
	for (const [file, text] of Object.entries(markdownFiles)) {
		const page = parsePage(file, text);
		pages.set(`${page.lang}/${page.slug}`, page);
	}
	return pages;
}

function yamlFile(name: string): unknown {
	const text = yamlFiles[`/content/family/${name}`];
	if (text === undefined) throw new Error(`content/family/${name} is missing`);
	return parseYaml(text);
}

const sources = loadPages();

/** Every topic slug (the Finnish originals define the site; the front page is "index"). */
export const topicSlugs: string[] = [...sources.values()]
	.filter((page) => page.lang === 'fi' && page.slug !== 'index')
	.sort((a, b) => a.meta.order! - b.meta.order!)
	.map((page) => page.slug);

export const sourcePages = (): SourcePage[] => [...sources.values()];

export const findSource = (lang: FamilyLanguage, slug: string) => sources.get(`${lang}/${slug}`);

/** Languages a page is really written in (its hreflang alternates). */
export const translationsOf = (slug: string): FamilyLanguage[] =>
	familyLanguages.filter((lang) => sources.has(`${lang}/${slug}`));

export const helpLines: HelpLine[] = z.array(HelpLine).parse(yamlFile('helplines.yaml'));
export const settings = Settings.parse(yamlFile('settings.yaml'));
export const socialEmergencyLines: SocialEmergency[] = z
	.array(SocialEmergency)
	.parse(yamlFile('social-emergency.yaml'));

export interface CountyEmergencyLine {
	id: string;
	/** The county's name for the reader (see areaName). */
	name: string;
	number?: string;
}

/**
 * Every county of the geography with its social emergency number where one is listed, in the
 * reader's alphabetical order: a county missing from the file is still shown, without a number.
 */
export function countyEmergencyLines(lang: FamilyLanguage): CountyEmergencyLine[] {
	const sortLocale = lang === 'fi' || lang === 'sv' ? lang : 'en';
	return counties
		.map((county) => ({
			id: county.id,
			name: areaName(county.name, lang),
			number: socialEmergencyLines.find((line) => line.county === county.id)?.number
		}))
		.sort((a, b) => a.name.localeCompare(b.name, sortLocale));
}

export interface RenderedPage {
	slug: string;
	meta: FrontMatter;
	blocks: Block[];
	/** The language the text is in: the reader's, or a fallback when not yet translated. */
	contentLang: FamilyLanguage;
	contentDir: 'ltr' | 'rtl';
	fallback: boolean;
	alternates: FamilyLanguage[];
}

/**
 * A page for a reader: in their language, else the first fallback that has it. `find` looks the
 * sources up (a test passes its own, as every page may one day be translated everywhere).
 */
export function renderPage(
	lang: FamilyLanguage,
	slug: string,
	find: typeof findSource = findSource
): RenderedPage | undefined {
	const candidates: FamilyLanguage[] = [lang, ...fallbackLanguages[lang]];
	for (const candidate of candidates) {
		const source = find(candidate, slug);
		if (!source) continue;
		return {
			slug,
			meta: source.meta,
			// Links inside follow the reader's language, even on a fallback page.
			blocks: renderBlocks(source.body, lang),
			contentLang: candidate,
			contentDir: textDirection(candidate),
			fallback: candidate !== lang,
			alternates: translationsOf(slug)
		};
	}
	return undefined;
}

/** Titles of all topics in the reader's language (or their fallback), in order. */
export function topicList(lang: FamilyLanguage): { slug: string; title: string; lang: string }[] {
	return topicSlugs.map((slug) => {
		const page = renderPageMeta(lang, slug);
		return { slug, title: page.meta.title, lang: page.lang };
	});
}

function renderPageMeta(lang: FamilyLanguage, slug: string) {
	for (const candidate of [lang, ...fallbackLanguages[lang]]) {
		const source = findSource(candidate, slug);
		if (source) return { meta: source.meta, lang: candidate };
	}
	throw new Error(`content/family: no "${slug}" in ${lang} or its fallbacks`);
}

/** Every (language, page) the site prerenders: each topic in each language, falling back. */
export function allPagePaths(): { lang: FamilyLanguage; slug: string }[] {
	return familyLanguages.flatMap((lang) => topicSlugs.map((slug) => ({ lang, slug })));
}
