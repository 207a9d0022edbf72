import { settings } from '$lib/family/content.server';
import type { FamilyLanguage } from '$lib/family/languages';
import type { LayoutServerLoad } from './$types';

// Family pages are static HTML: readable with JavaScript off, precached by the service worker.
export const prerender = true;
export const csr = false;

export const load: LayoutServerLoad = ({ params }) => ({
	// The matcher lets only the family languages through; no prefix is Finnish.
	lang: (params.lang ?? 'fi') as FamilyLanguage,
	quickExitUrl: settings.quickExitUrl
});
