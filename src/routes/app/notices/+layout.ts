import { useMessages } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// What is new names cases and notes with the desk's words.
export const load: LayoutLoad = async () => {
	await Promise.all([useMessages('desk'), useMessages('consultation')]);
};
