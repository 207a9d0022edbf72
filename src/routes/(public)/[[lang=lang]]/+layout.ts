import type { Locale } from '$lib/domain/locale';
import { loadLocale } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// Family pages are static HTML: readable with JavaScript off, precached by the service worker.
export const prerender = true;
export const csr = false;

export const load: LayoutLoad = async ({ params }) => {
	const locale = (params.lang ?? 'fi') as Locale;
	await loadLocale(locale);
	return { locale };
};
