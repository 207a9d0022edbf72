import { useMessages } from '$lib/i18n';
import type { PageLoad } from './$types';

// The link to the consultation board is named in the desk's texts; storage use in the records'.
export const load: PageLoad = async () => {
	await Promise.all([useMessages('desk'), useMessages('consultation'), useMessages('records')]);
};
