import type { Locale } from '$lib/domain/locale';
import { keepPagesOffline } from '$lib/family/client/pages-cache';
import { keepDirectoryFresh } from '$lib/family/client/services-cache';
import { familyPath } from '$lib/family/languages';
import { FAMILY_WORKER_URL } from '$lib/family/site';
import { activeWorker } from './workers';

/**
 * Keeps the family pages in the worker's language on the device, under the family pages' own
 * service worker, so a worker can show them to a parent where there is no network — the
 * service finder's list too. About a tenth of all family pages: the other languages stay on
 * the server. Answers whether all of it is kept; `onProgress` hears of each page.
 */
export async function keepFamilyPages(
	locale: Locale,
	onProgress?: (done: number, total: number) => void
): Promise<boolean> {
	let worker = true;
	if ('serviceWorker' in navigator) {
		const registration = await navigator.serviceWorker
			.register(FAMILY_WORKER_URL, { scope: '/' })
			.catch(() => undefined);
		worker = registration ? await activeWorker(registration) : false;
	}
	const pages = await keepPagesOffline(familyPath(locale), onProgress);
	const services = await keepDirectoryFresh();
	return worker && pages && services;
}
