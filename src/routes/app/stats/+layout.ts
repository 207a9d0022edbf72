import { useMessages } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// The statistics texts load with this screen only.
export const load: LayoutLoad = async () => {
	await useMessages('stats');
};
