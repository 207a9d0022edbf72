import { useMessages } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// The agenda shows cases with the desk's words (stages, facts, help asked).
export const load: LayoutLoad = async () => {
	await Promise.all([useMessages('desk'), useMessages('consultation'), useMessages('records')]);
};
