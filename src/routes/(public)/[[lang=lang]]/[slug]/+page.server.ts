import { error } from '@sveltejs/kit';
import {
	allPagePaths,
	countyEmergencyLines,
	helpLines,
	renderPage
} from '$lib/family/content.server';
import { placeNames } from '$lib/family/places';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	allPagePaths().map(({ lang, slug }) => (lang === 'fi' ? { slug } : { lang, slug }));

export const load: PageServerLoad = async ({ params, parent }) => {
	const { lang } = await parent();
	const page = renderPage(lang, params.slug);
	if (!page) error(404, 'Not found');
	const tools = page.blocks.flatMap((block) => (block.kind === 'tool' ? [block.tool] : []));
	return {
		page,
		helpLines,
		// The typeahead's names only where the finder is.
		placeNames: tools.includes('finder') ? placeNames(lang === 'sv' ? 'sv' : 'fi') : [],
		// Each county's social emergency number only where the page lists them.
		countyEmergency: tools.includes('social-emergency') ? countyEmergencyLines(lang) : [],
		// The help lines end every page about violence or crisis, unless placed earlier.
		helpLinesAtEnd: page.meta.crisis && !tools.includes('help-lines')
	};
};
