import { useMessages } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// The desk's texts load with its screens, not with every page of the app.
export const load: LayoutLoad = async () => {
	await Promise.all([useMessages('desk'), useMessages('consultation'), useMessages('records')]);
};
