import type { Locale } from '$lib/domain/locale';
import { keepPagesOffline } from '$lib/family/client/pages-cache';
import { familyPath } from '$lib/family/languages';
import { FAMILY_WORKER_URL } from '$lib/family/site';

/**
 * Keeps the family pages in the worker's language on the device, under the family pages' own
 * service worker, so a worker can show them to a parent where there is no network. About a
 * tenth of all family pages: the other languages stay on the server.
 */
export async function keepFamilyPages(locale: Locale): Promise<void> {
	if ('serviceWorker' in navigator) {
		await navigator.serviceWorker.register(FAMILY_WORKER_URL, { scope: '/' }).catch(() => {});
	}
	await keepPagesOffline(familyPath(locale));
}
