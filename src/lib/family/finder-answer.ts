import {
	areaName,
	findPlace,
	nationalServices,
	placeName,
	servicesFor,
	type Level,
	type PublicDirectory,
	type PublicService
} from './finder';
import { textDirection, type FamilyLanguage } from './languages';
import type { ChromeKey } from './messages/chrome.fi';

/**
 * The finder's answer as texts and lists, made once for both who draw it: the server's page
 * (ServiceResults.svelte, JavaScript off) and the page's script (client/finder-page.ts).
 * Nothing of what was typed is kept: the answer is made and drawn, and that is all.
 */
export interface AnswerGroup {
	level: Level;
	heading: string;
	services: PublicService[];
}

export type FinderAnswer =
	| {
			kind: 'found';
			placeId: string;
			fallback: Level;
			heading: string;
			/** Which postal code led here, and which level the services come from. */
			notes: string[];
			groups: AnswerGroup[];
			/** How many services are nearer than nationwide, for the status line. */
			count: number;
	  }
	| { kind: 'choose'; notes: string[]; choices: string[] }
	| { kind: 'none'; notes: string[]; groups: AnswerGroup[] }
	| { kind: 'empty' };

type Texts = (key: ChromeKey, params?: Record<string, string | number>) => string;

const fallbackNote: Record<Level, ChromeKey> = {
	municipality: 'finderFromMunicipality',
	county: 'finderFromCounty',
	area: 'finderFromArea',
	national: 'finderFromNational'
};

const groupHeading: Record<Exclude<Level, 'national'>, ChromeKey> = {
	municipality: 'finderInMunicipality',
	county: 'finderInCounty',
	area: 'finderInArea'
};

export function finderAnswer(
	query: string,
	directory: Pick<PublicDirectory, 'places' | 'counties' | 'areas' | 'services'>,
	lang: FamilyLanguage,
	t: Texts
): FinderAnswer {
	if (!query.trim()) return { kind: 'empty' };
	const match = findPlace(query, directory.places);
	const nationwide = (national: PublicService[]): AnswerGroup[] =>
		national.length
			? [{ level: 'national', heading: t('finderNational'), services: national }]
			: [];
	if (match.kind === 'choose') {
		return {
			kind: 'choose',
			notes: [t('finderDidYouMean')],
			choices: match.places.map((place) => placeName(place, lang))
		};
	}
	if (match.kind === 'none') {
		return {
			kind: 'none',
			notes: [t('finderNoPlace', { query: query.trim() }), t('finderNotCovered')],
			groups: nationwide(nationalServices(directory.services))
		};
	}
	const { place } = match;
	const county = directory.counties.find(({ id }) => id === place.countyId);
	const area = directory.areas.find(({ id }) => id === county?.areaId);
	// In right-to-left text a Latin name is isolated, so its words and any colon stay in order.
	const isolate = (name: string) => (textDirection(lang) === 'rtl' ? `\u2068${name}\u2069` : name);
	const names = {
		place: isolate(placeName(place, lang)),
		county: county ? isolate(areaName(county.name, lang)) : '',
		area: area ? isolate(areaName(area.name, lang)) : ''
	};
	const { fallback, groups, national } = servicesFor(place, directory);
	const notes = [t(fallbackNote[fallback], names)];
	if (match.via === 'postal-code') {
		notes.unshift(t('finderViaPostalCode', { code: isolate(query.trim()), place: names.place }));
	}
	return {
		kind: 'found',
		placeId: place.id,
		fallback,
		heading: t('finderLocal', { place: names.place }),
		notes,
		groups: [
			...groups.map(({ level, services }) => ({
				level,
				heading: t(groupHeading[level], names),
				services
			})),
			...nationwide(national)
		],
		count: groups.reduce((sum, group) => sum + group.services.length, 0)
	};
}

/** Whether the answer should point to the help lines: nothing nearer than nationwide. */
export const toHelpLines = (answer: FinderAnswer) =>
	answer.kind === 'none' || (answer.kind === 'found' && answer.fallback === 'national');
