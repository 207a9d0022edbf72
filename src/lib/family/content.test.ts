import { describe, expect, it } from 'vitest';
import { childAgeBands } from '$lib/domain/age-bands';
import { counties } from '$lib/domain/areas';
import {
	countyEmergencyLines,
	findSource,
	helpLines,
	renderPage,
	settings,
	socialEmergencyLines,
	sourcePages,
	topicSlugs
} from './content.server';
import type { SourcePage } from './content-schema';
import { completeLanguages, familyLanguages, type FamilyLanguage } from './languages';
import { markdownLinks } from './markdown.server';
import { toolsOf } from './page-file';
import { HELP_LINES_ID, HELP_SLUG, SAFETY_SLUG } from './site';

/**
 * Pages every shipped language must have (the rest may fall back with a note): the front page,
 * every page its cards lead to, the multicultural-families and language-help pages, and the
 * pages of the two tools (the parenting plan, the clear-data button).
 */
const keyPages = [
	'index',
	'lapsen-asioista-sopiminen',
	'sovittelu',
	'vakivalta',
	'kaappausuhka',
	'apua',
	'monikulttuuriset-perheet',
	'kieliapu',
	'vanhemmuussuunnitelma',
	'turvallisuus'
];
/** The practical pages added for issue #19 (divorce, property, money, information, stopping violence). */
const practicalPages = [
	'avioero',
	'omaisuus',
	'raha-ja-elatus',
	'tiedot-ja-turvakielto',
	'vakivallan-katkaisu'
];
/** The support pages (separation and the child, first aid, blended families, high-conflict
 * separation, peer groups), translated into every shipped language for issue #19. */
const supportPages = [
	'ero-ja-lapsi',
	'eron-ensiapupiste',
	'uusperheet',
	'vaativa-ero',
	'vertaisryhmat'
];
/** The one list of pages required in every shipped language. */
const everyLanguage = [...keyPages, ...practicalPages, ...supportPages];
/** Each practical page and the language-help page must name its official sources. */
const sourcedPages = [...practicalPages, 'kieliapu'];
/** The safety routes: they must never point the reader to negotiating first. */
const safetyRoutes = ['vakivalta', 'kaappausuhka'];
const negotiationPages = ['sovittelu', 'lapsen-asioista-sopiminen', 'vanhemmuussuunnitelma'];

const finnish = (slug: string) => findSource('fi', slug);
const allSlugs = () => ['index', ...topicSlugs];

/** Every link a page offers: its Markdown's and, on the front page, its cards'. */
const linksOf = (page: SourcePage) => [
	...markdownLinks(page.body),
	...(page.meta.cards ?? []).map((card) => card.link)
];

describe('family page content', () => {
	it('has every page in Finnish, Swedish and English', () => {
		expect(topicSlugs.length).toBeGreaterThanOrEqual(13);
		const missing = completeLanguages.flatMap((lang) =>
			allSlugs()
				.filter((slug) => !findSource(lang, slug))
				.map((slug) => `content/family/${lang}/${slug}.md`)
		);
		expect(missing).toEqual([]);
	});

	it('has every page in every shipped language', () => {
		const missing = familyLanguages.flatMap((lang) =>
			everyLanguage
				.filter((slug) => !findSource(lang, slug))
				.map((slug) => `content/family/${lang}/${slug}.md`)
		);
		expect(missing).toEqual([]);
	});

	it('translates only pages that exist in Finnish, and keeps their tools', () => {
		for (const page of sourcePages()) {
			const original = finnish(page.slug);
			expect(original, page.file).toBeDefined();
			expect(toolsOf(page.body), page.file).toEqual(toolsOf(original!.body));
			expect(page.meta.crisis, page.file).toBe(original!.meta.crisis);
			expect(
				page.meta.cards?.map((card) => card.link),
				page.file
			).toEqual(original!.meta.cards?.map((card) => card.link));
		}
	});

	it('has no broken internal link in any page of any language', () => {
		const broken: string[] = [];
		for (const page of sourcePages()) {
			for (const href of linksOf(page)) {
				if (!href.startsWith('/')) {
					if (!/^(https:\/\/|tel:|mailto:)/.test(href)) broken.push(`${page.file}: ${href}`);
					continue;
				}
				const [path = '', hash] = href.split('#');
				const slug = path.slice(1) || 'index';
				const target = finnish(slug);
				if (!target || /^\/(sv|en|ar|ru|so|uk)(\/|$)/.test(path)) {
					broken.push(`${page.file}: ${href}`);
					continue;
				}
				// The only in-page target is the help lines' block.
				const hasHelpLines = target.meta.crisis || toolsOf(target.body).includes('help-lines');
				if (hash !== undefined && !(hash === HELP_LINES_ID && hasHelpLines)) {
					broken.push(`${page.file}: ${href}`);
				}
			}
		}
		expect(broken).toEqual([]);
	});

	it('links the pages that code links to', () => {
		expect(finnish(HELP_SLUG) && toolsOf(finnish(HELP_SLUG)!.body)).toContain('finder');
		expect(finnish(SAFETY_SLUG) && toolsOf(finnish(SAFETY_SLUG)!.body)).toContain('clear-data');
		expect(toolsOf(finnish('vanhemmuussuunnitelma')!.body)).toEqual(['plan']);
	});

	it('leads every card, in every language, to a page written in that language', () => {
		for (const lang of familyLanguages) {
			for (const card of findSource(lang, 'index')!.meta.cards!) {
				const slug = card.link.split('#')[0]!.slice(1);
				expect(renderPage(lang, slug)?.fallback, `${lang} ${card.link}`).toBe(false);
			}
		}
	});

	it('offers the five situations, the safety routes straight to help', () => {
		for (const lang of familyLanguages) {
			const cards = findSource(lang, 'index')!.meta.cards!;
			expect(cards.map((card) => card.link)).toEqual([
				'/lapsen-asioista-sopiminen',
				'/sovittelu',
				'/vakivalta',
				'/kaappausuhka',
				`/${HELP_SLUG}#${HELP_LINES_ID}`
			]);
			expect(cards.filter((card) => card.urgent).map((card) => card.link)).toEqual([
				'/vakivalta',
				'/kaappausuhka',
				`/${HELP_SLUG}#${HELP_LINES_ID}`
			]);
		}
	});

	it('never sends a reader on a safety route to negotiating or mediation', () => {
		for (const page of sourcePages().filter((page) => safetyRoutes.includes(page.slug))) {
			const targets = markdownLinks(page.body).map((href) => href.split('#')[0]!.slice(1));
			expect(
				targets.filter((slug) => negotiationPages.includes(slug)),
				page.file
			).toEqual([]);
			expect(page.meta.crisis, page.file).toBe(true);
			expect(page.body, page.file).toContain('112');
		}
	});

	it('ends every page about violence or crisis with the help lines and 112', () => {
		expect(helpLines[0]).toMatchObject({ number: '112', emergency: true });
		const numbers = helpLines.map((line) => line.number);
		for (const known of ['080 005 005', '116 111', '09 2525 0111', '116 006']) {
			expect(numbers).toContain(known);
		}
		for (const line of helpLines) {
			for (const lang of familyLanguages) {
				expect(line.name[lang]?.trim(), `${line.id} ${lang}`).toBeTruthy();
				expect(line.description[lang]?.trim(), `${line.id} ${lang}`).toBeTruthy();
			}
		}
	});

	it('shows a page not yet translated in a fallback language, saying so', () => {
		// Every page is now in Arabic: the test hides one Arabic page to see the fallback.
		const untranslated: typeof findSource = (lang, slug) =>
			lang === 'ar' && slug === 'uusperheet' ? undefined : findSource(lang, slug);
		expect(renderPage('ar', 'uusperheet')).toMatchObject({ fallback: false, contentLang: 'ar' });
		const page = renderPage('ar', 'uusperheet', untranslated)!;
		expect(page).toMatchObject({ fallback: true, contentLang: 'en', contentDir: 'ltr' });
		const own = renderPage('ar', 'vakivalta')!;
		expect(own).toMatchObject({ fallback: false, contentLang: 'ar', contentDir: 'rtl' });
		expect(own.alternates).toEqual(familyLanguages);
		// Links inside keep the reader in Arabic, even on the English text.
		const html = page.blocks.map((block) => (block.kind === 'html' ? block.html : '')).join('');
		expect(html).toContain('href="/ar/apua"');
	});

	it('names the official sources of every practical page, in Finnish, Swedish and English', () => {
		for (const lang of completeLanguages) {
			for (const slug of sourcedPages) {
				const page = findSource(lang, slug);
				expect(page, `${lang}/${slug}`).toBeDefined();
				expect(page!.meta.sources?.length, `${lang}/${slug}`).toBeGreaterThan(0);
				expect(page!.meta.description.length, `${lang}/${slug}`).toBeGreaterThanOrEqual(40);
			}
		}
	});

	it('keeps the sources of every practical page and the language-help page in its translations', () => {
		for (const lang of familyLanguages) {
			for (const slug of sourcedPages) {
				const count = (l: FamilyLanguage) => findSource(l, slug)?.meta.sources?.length;
				expect(count(lang), `${lang}/${slug}`).toBe(count('fi'));
			}
		}
	});

	it('keeps beside every help line its source and the date it was checked', () => {
		for (const line of helpLines) {
			expect(new URL(line.source).protocol, line.id).toBe('https:');
			expect(line.checked, line.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});

	it('lists every county’s social and crisis emergency line beside 112, each number with its source', () => {
		// One entry per county of the geography, in its order: a county added there shows up here.
		expect(socialEmergencyLines.map((line) => line.county)).toEqual(counties.map(({ id }) => id));
		for (const line of socialEmergencyLines) {
			if (line.number) {
				expect(new URL(line.source!).protocol, line.county).toBe('https:');
				expect(line.checked, line.county).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			} else {
				// A county without a number says why, so the gap is on record for the editor.
				expect(line.toVerify, line.county).toBeTruthy();
			}
		}
		// Every county is shown to the reader, those with a number as that number.
		for (const lang of familyLanguages) {
			const shown = countyEmergencyLines(lang);
			expect(shown.map(({ id }) => id).sort(), lang).toEqual(counties.map(({ id }) => id).sort());
			expect(shown.find(({ id }) => id === 'pirkanmaa')?.number, lang).toBe('050 062 5990');
		}
		// The help page places the list in every language, after its paragraph that says 112.
		for (const lang of familyLanguages) {
			const help = findSource(lang, HELP_SLUG)!;
			expect(toolsOf(help.body), lang).toContain('social-emergency');
			const before = help.body.slice(0, help.body.indexOf('{{social-emergency}}'));
			expect(before, lang).toContain('[112](tel:112)');
		}
	});

	it('makes every 112 in a page a link that calls it', () => {
		const unlinked: string[] = [];
		for (const page of sourcePages()) {
			const bare = page.body.replace(/\[112\]\(tel:112\)/g, '');
			if (/(?<![\d ])112(?!\d)/.test(bare)) unlinked.push(page.file);
		}
		expect(unlinked).toEqual([]);
	});

	it('uses the one list of age bands that the staff records use', () => {
		const bands = childAgeBands.map(({ from, to }) => `${from}–${to}`);
		// Every language the page is written in, not only the complete ones.
		for (const lang of familyLanguages.filter((lang) => findSource(lang, 'ero-ja-lapsi'))) {
			const body = findSource(lang, 'ero-ja-lapsi')!.body;
			const written = [...body.matchAll(/^- \*\*[^*]*\((\d+–\d+)[^)]*\):\*\*/gm)].map(
				([, band]) => band
			);
			expect(written, lang).toEqual(bands);
		}
	});

	it('words the statements the law makes conditional as conditional', () => {
		// Abduction can be a crime: whether it is depends on custody and the circumstances.
		const abduction = /Se on rikos\.|Det är ett brott\.|It is a crime\./;
		// Parents have the same rights only when both are guardians.
		const sameRights = {
			fi: [/samat oikeudet/, /huoltaj/],
			sv: [/samma rättigheter/, /vårdnadshavare/],
			en: [/same rights/, /guardians/]
		} as const;
		for (const lang of completeLanguages) {
			expect(findSource(lang, 'kaappausuhka')!.body, lang).not.toMatch(abduction);
			const [claim, condition] = sameRights[lang];
			for (const page of sourcePages().filter((page) => page.lang === lang)) {
				for (const sentence of page.body.split(/(?<=\.)\s/)) {
					if (claim.test(sentence)) expect(sentence, page.file).toMatch(condition);
				}
			}
		}
	});

	it('calls elatustuki by Kela’s English name, child maintenance allowance', () => {
		for (const page of sourcePages().filter((page) => page.lang === 'en')) {
			const text = JSON.stringify(page.meta) + page.body;
			expect(text, page.file).not.toMatch(/maintenance (support|subsidy)/i);
			for (const [mention] of text.matchAll(/[^.(]*\(elatustuki\)/g)) {
				expect(mention, page.file).toMatch(/child maintenance allowance/);
			}
		}
		expect(findSource('en', 'raha-ja-elatus')!.body).toContain('**child maintenance allowance**');
	});

	it('sends the quick exit to a neutral https site', () => {
		expect(new URL(settings.quickExitUrl).protocol).toBe('https:');
	});
});
