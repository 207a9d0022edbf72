import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { counties } from '$lib/domain/areas';
import { areaName } from './finder';
import {
	fallbackLanguages,
	familyLanguages,
	isFamilyLanguage,
	textDirection,
	type FamilyLanguage
} from './languages';
import { renderMarkdown } from './markdown.server';

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

const IsoDate = z.iso.date();
const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
/** A link as editors write it: "/slug", "/slug#anchor", "/", or a full https address. */
const Link = z.string().regex(/^(\/([a-z0-9-]+)?(#[a-z0-9-]+)?|https:\/\/\S+)$/);

/**
 * Parts of a page that are not text: a line `{{finder}}` in the Markdown places the service
 * finder there, `{{plan}}` the parenting-plan builder, `{{clear-data}}` the button that
 * removes this site's data, `{{help-lines}}` the national help lines, `{{social-emergency}}`
 * each county's social and crisis emergency number.
 */
export const tools = ['finder', 'plan', 'clear-data', 'help-lines', 'social-emergency'] as const;
export type Tool = (typeof tools)[number];
const toolLine = /^\{\{[ \t]*([a-z-]+)[ \t]*\}\}[ \t]*$/gm;

export type Block = { kind: 'html'; html: string } | { kind: 'tool'; tool: Tool };

const Card = z.strictObject({
	title: z.string().min(1).max(80),
	when: z.string().min(1).max(300),
	link: Link,
	/** A safety route (violence, abduction, someone to talk to): marked in the warning colour. */
	urgent: z.boolean().default(false)
});
export type Card = z.infer<typeof Card>;

export const FrontMatter = z.strictObject({
	title: z.string().min(1).max(90),
	/** The search-result text (meta description). */
	description: z.string().min(40).max(170),
	/** Place in the list of all topics (Finnish originals; the front page has none). */
	order: z.int().min(1).optional(),
	/** When the content (the original) last changed. */
	updated: IsoDate,
	/** Translations: when translated, and when reviewed by a second person (or false). */
	translated: IsoDate.optional(),
	reviewed: z.union([IsoDate, z.literal(false)]).optional(),
	/** Violence or crisis is discussed: the help lines and 112 end the page. */
	crisis: z.boolean().default(false),
	/**
	 * Where the facts come from: the official pages (oikeus.fi, Kela, THL, poliisi.fi …) a
	 * reader or an editor can check them against. Shown at the end of the page.
	 */
	sources: z
		.array(
			z.strictObject({ name: z.string().min(1).max(120), url: z.url({ protocol: /^https$/ }) })
		)
		.optional(),
	/**
	 * Facts written without being able to confirm them on their owner's site: for the editor,
	 * not shown to readers. Compare them with the sources and remove the line once done.
	 */
	toVerify: z.array(z.string().min(1)).optional(),
	/** Front page only: the lead, the decision aid's question and its cards. */
	lead: z.string().optional(),
	question: z.string().optional(),
	cards: z.array(Card).optional()
});
export type FrontMatter = z.infer<typeof FrontMatter>;

export interface SourcePage {
	lang: FamilyLanguage;
	slug: string;
	meta: FrontMatter;
	body: string;
	file: string;
}

/** A Finnish phone number as written for people: digits in groups ("080 005 005"). */
const PhoneNumber = z.string().regex(/^[0-9 ]{3,16}$/);

const HelpLine = z.strictObject({
	id: Slug,
	number: PhoneNumber,
	/** The emergency number: shown first and largest. */
	emergency: z.boolean().default(false),
	name: z.record(z.enum(familyLanguages), z.string().min(1)),
	description: z.record(z.enum(familyLanguages), z.string().min(1)),
	web: z.url({ protocol: /^https$/ }).optional(),
	/** The owner's page that gives the number, and when a person last compared the two. */
	source: z.url({ protocol: /^https$/ }),
	checked: IsoDate,
	/** What could not be confirmed at the last edit; removed once compared with the source. */
	toVerify: z.string().min(1).optional()
});
export type HelpLine = z.infer<typeof HelpLine>;

/**
 * A wellbeing services county's social and crisis emergency line: the number with the page that
 * gives it and the day they were compared, or (until someone finds it) no number and a note why.
 */
const SocialEmergency = z
	.strictObject({
		county: z.string().refine((id) => counties.some((county) => county.id === id), {
			message: 'not a county of the geography (src/lib/domain/areas-data.ts)'
		}),
		number: PhoneNumber.optional(),
		source: z.url({ protocol: /^https$/ }).optional(),
		checked: IsoDate.optional(),
		toVerify: z.string().min(1).optional()
	})
	.refine((line) => (line.number ? line.source && line.checked : line.toVerify), {
		message: 'a number needs its source and checked date; a county without one says why in toVerify'
	});
export type SocialEmergency = z.infer<typeof SocialEmergency>;

const Settings = z.strictObject({
	/** Where "Leave quickly" goes: a neutral site, over HTTPS. */
	quickExitUrl: z.url({ protocol: /^https$/ })
});

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
