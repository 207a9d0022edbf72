import { useMessages } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// Administration texts load with these screens, not with every page of the app.
export const load: LayoutLoad = async () => {
	await Promise.all([useMessages('admin'), useMessages('directory'), useMessages('stats')]);
};
