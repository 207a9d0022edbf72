import type { Locale } from '$lib/domain/locale';
import type { LayoutLoad } from './$types';

// Family pages are static HTML: readable with JavaScript off, precached by the service worker.
export const prerender = true;
export const csr = false;

export const load: LayoutLoad = ({ params }) => ({
	locale: (params.lang ?? 'fi') as Locale
});
