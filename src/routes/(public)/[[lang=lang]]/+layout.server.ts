import { settings, topicSlugs } from '$lib/family/content.server';
import { familyPath } from '$lib/family/languages';
import type { FamilyLanguage } from '$lib/family/languages';
import type { LayoutServerLoad } from './$types';

// Family pages are static HTML: readable with JavaScript off, precached by the service worker.
export const prerender = true;
export const csr = false;

export const load: LayoutServerLoad = ({ params }) => {
	// The matcher lets only the family languages through; no prefix is Finnish.
	const lang = (params.lang ?? 'fi') as FamilyLanguage;
	return {
		lang,
		quickExitUrl: settings.quickExitUrl,
		// What the page keeps for reading offline: every page of the reader's language.
		offlinePages: [familyPath(lang), ...topicSlugs.map((slug) => familyPath(lang, slug))]
	};
};
