import { refDb } from '$lib/client/db/open';
import { readStoredIndex } from '$lib/client/search/stored-index';
import { useMessages } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// Reading the saved search index starts with the route — on a cold start while the lock
// screen still shows — so that the first keystroke finds it in memory. Not awaited.
export const load: LayoutLoad = async () => {
	const storedIndex = readStoredIndex(refDb());
	await useMessages('directory');
	return { storedIndex };
};
