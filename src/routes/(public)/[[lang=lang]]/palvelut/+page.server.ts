import { helpLines } from '$lib/family/content.server';
import { finderAnswer } from '$lib/family/finder-answer';
import { chromeText } from '$lib/family/messages';
import { placeNames } from '$lib/family/places';
import { publicDirectory } from '$lib/server/public-services';
import { database } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

// The finder's answer for browsers without JavaScript: made per request from the directory.
// What was typed is answered and forgotten: not logged, not stored.
export const prerender = false;

export const load: PageServerLoad = async ({ url, parent }) => {
	const { lang } = await parent();
	const query = (url.searchParams.get('kunta') ?? '').slice(0, 80);
	const directory = await publicDirectory(database().db);
	return {
		query,
		answer: finderAnswer(query, directory, lang, chromeText(lang)),
		helpLines,
		placeNames: placeNames(lang === 'sv' ? 'sv' : 'fi')
	};
};
