import { helpLines } from '$lib/family/content.server';
import { findPlace, nationalServices, servicesFor } from '$lib/family/finder';
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
	const { services } = await publicDirectory(database().db);
	// A place found: its services (or its county's next door); not found: the nationwide ones.
	const { local, nextDoor, national } =
		match.kind === 'found'
			? servicesFor(match.place, services)
			: { local: [], nextDoor: [], national: nationalServices(services) };
	return {
		query,
		match,
		local,
		nextDoor,
		national,
		helpLines,
		placeNames: placeNames(lang === 'sv' ? 'sv' : 'fi')
	};
};
