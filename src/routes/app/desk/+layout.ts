import { useMessages } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// The desk's texts load with the desk, not with every page of the app; the directory's for
// the search beside the call form on a large screen.
export const load: LayoutLoad = async () => {
	await Promise.all([useMessages('desk'), useMessages('consultation'), useMessages('directory')]);
};
