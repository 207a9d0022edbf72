import { useMessages } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// The expert's screens show a case with the desk's words (stages, facts, notes).
export const load: LayoutLoad = async () => {
	await Promise.all([useMessages('desk'), useMessages('consultation'), useMessages('records')]);
};
