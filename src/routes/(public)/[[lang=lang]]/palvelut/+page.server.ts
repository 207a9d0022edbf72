import { helpLines } from '$lib/family/content.server';
import { findPlace, servicesFor } from '$lib/family/finder';
import { placeNames, publicPlaces } from '$lib/family/places';
import { publicDirectory } from '$lib/server/public-services';
import { database } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

// The finder's answer for browsers without JavaScript: made per request from the directory.
export const prerender = false;

export const load: PageServerLoad = async ({ url, parent }) => {
	const { lang } = await parent();
	const query = (url.searchParams.get('kunta') ?? '').slice(0, 80);
	const match = findPlace(query, publicPlaces);
	const { local, national } =
		match.kind === 'found'
			? servicesFor(match.place, (await publicDirectory(database().db)).services)
			: { local: [], national: [] };
	return {
		query,
		match,
		local,
		national,
		helpLines,
		placeNames: placeNames(lang === 'sv' ? 'sv' : 'fi')
	};
};
