import { serviceCategories } from '$lib/domain/directory-codes';
import { safeHref } from '$lib/domain/links';
import type { Localized } from '$lib/domain/locale';
import { placeMatcher, type PlaceAnswer } from '$lib/domain/place-match';
import type { FamilyLanguage } from './languages';
import type { PUBLIC_DIRECTORY_VERSION } from './site';

/**
 * The public directory as the family pages see it: public services only (never people), each
 * with what a parent needs to make contact. The server builds it, `/api/v1/public/services`
 * serves it, the finder page reads it on the server and the browser keeps it for offline use.
 */
export interface PublicChannel {
	type: string;
	value: string;
	hours?: string;
}

export interface PublicService {
	id: string;
	name: Localized;
	summary: Localized;
	category: string;
	access: string;
	cost: 'free' | 'fee';
	costText?: string;
	channels: PublicChannel[];
	openingHours?: string;
	languages: string[];
	countyIds: string[];
	municipalityIds: string[];
	provider?: string;
	lastVerified: string;
}

export interface PublicPlace {
	id: string;
	/** The Finnish name, the Swedish one (the Finnish again where there is none), the Sámi ones. */
	names: string[];
	countyId: string;
	/** Street address postal codes, space-separated (the place matcher reads them). */
	postalCodes: string;
}

export interface PublicCounty {
	id: string;
	name: Localized;
	/** Null for Åland, which is in no OT area. */
	areaId: string | null;
}

export interface PublicArea {
	id: string;
	name: Localized;
}

export interface PublicDirectory {
	version: typeof PUBLIC_DIRECTORY_VERSION;
	/** The newest change among the listed services (so equal lists are equal bytes). */
	updatedAt: string;
	places: PublicPlace[];
	counties: PublicCounty[];
	areas: PublicArea[];
	services: PublicService[];
}

export type PlaceMatch =
	| { kind: 'found'; place: PublicPlace; via: 'name' | 'case-form' | 'postal-code' | 'code' }
	| { kind: 'choose'; places: PublicPlace[] }
	| { kind: 'none' };

const matchers = new WeakMap<readonly PublicPlace[], (query: string) => PlaceAnswer>();

/**
 * The municipality the reader typed (see domain/place-match.ts): a name in any of its
 * languages or case forms, or a postal code, is found; a partial name only offers choices.
 */
export function findPlace(query: string, places: readonly PublicPlace[]): PlaceMatch {
	let match = matchers.get(places);
	if (!match) matchers.set(places, (match = placeMatcher(places)));
	const answer = match(query);
	const byId = (id: string) => places.find((place) => place.id === id)!;
	if (answer.kind === 'found') return { kind: 'found', place: byId(answer.id), via: answer.via };
	if (answer.kind === 'suggest') return { kind: 'choose', places: answer.ids.map(byId) };
	return { kind: 'none' };
}

const categoryOrder = new Map<string, number>(
	serviceCategories.codes.map((code, index) => [code, index])
);

const byCategoryThenName = (a: PublicService, b: PublicService) =>
	(categoryOrder.get(a.category) ?? 99) - (categoryOrder.get(b.category) ?? 99) ||
	a.name.fi.localeCompare(b.name.fi, 'fi');

const isNational = (service: PublicService) =>
	service.countyIds.length === 0 && service.municipalityIds.length === 0;

/** The services with no area: they serve everyone, wherever they live. */
export const nationalServices = (services: PublicService[]) =>
	services.filter(isNational).sort(byCategoryThenName);

/** Where the services nearest a place come from, nearest first. */
export type Level = 'municipality' | 'county' | 'area' | 'national';

export interface ServiceGroup {
	level: Exclude<Level, 'national'>;
	services: PublicService[];
}

export interface PlaceServices {
	/** The nearest level that has any service for the place ("national": none of them). */
	fallback: Level;
	/** The nearest level's services (the municipality's own and its county's together). */
	groups: ServiceGroup[];
	national: PublicService[];
}

/**
 * Services for a municipality, never "no service" without a door: those listing it and those
 * serving its whole county; failing both, the county's services elsewhere in the county;
 * failing those, its OT area's; the nationwide ones (no area at all) always apart.
 */
export function servicesFor(
	place: PublicPlace,
	directory: Pick<PublicDirectory, 'services' | 'counties'>
): PlaceServices {
	const { services, counties } = directory;
	const sorted = (list: PublicService[]) => list.sort(byCategoryThenName);
	const national = nationalServices(services);
	const own = services.filter((service) => service.municipalityIds.includes(place.id));
	const inCounty = (service: PublicService) => service.countyIds.includes(place.countyId);
	const countyWide = services.filter(
		(service) => service.municipalityIds.length === 0 && inCounty(service)
	);
	if (own.length || countyWide.length) {
		const groups: ServiceGroup[] = [];
		if (own.length) groups.push({ level: 'municipality', services: sorted(own) });
		if (countyWide.length) groups.push({ level: 'county', services: sorted(countyWide) });
		return { fallback: own.length ? 'municipality' : 'county', groups, national };
	}
	const county = services.filter(inCounty);
	if (county.length) {
		return {
			fallback: 'county',
			groups: [{ level: 'county', services: sorted(county) }],
			national
		};
	}
	const areaId = counties.find((candidate) => candidate.id === place.countyId)?.areaId;
	const areaCounties = new Set(
		counties.filter((candidate) => areaId && candidate.areaId === areaId).map(({ id }) => id)
	);
	const area = services.filter((service) => service.countyIds.some((id) => areaCounties.has(id)));
	if (area.length) {
		return { fallback: 'area', groups: [{ level: 'area', services: sorted(area) }], national };
	}
	return { fallback: 'national', groups: [], national };
}

/** A place's name for a reader: the Swedish one on Swedish pages, else the Finnish one. */
export const placeName = (place: PublicPlace, lang: FamilyLanguage) =>
	(lang === 'sv' ? place.names[1] : undefined) ?? place.names[0]!;

/** A county's or OT area's name for a reader: English for the languages it is not written in. */
export const areaName = (name: Localized, lang: FamilyLanguage) =>
	lang === 'fi' || lang === 'sv' ? name[lang] : name.en;

/**
 * A service text in the reader's language, else English for the languages the directory is
 * not written in, else Finnish; `lang` says which, for the screen reader's voice.
 */
export function serviceText(text: Localized, lang: FamilyLanguage): { text: string; lang: string } {
	const order = lang === 'fi' || lang === 'sv' || lang === 'en' ? [lang, 'fi'] : ['en', 'fi'];
	for (const candidate of order as (keyof Localized)[]) {
		if (text[candidate].trim()) return { text: text[candidate], lang: candidate };
	}
	return { text: text.fi, lang: 'fi' };
}

/** A language code as its name in the reader's language ("sv" → "ruotsi"). */
export function languageLabel(code: string, lang: FamilyLanguage): string {
	try {
		return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
	} catch {
		return code;
	}
}

/** A calendar date (YYYY-MM-DD) as the reader's language writes it. */
export function formatFamilyDate(isoDate: string, lang: FamilyLanguage): string {
	return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
		day: 'numeric',
		month: 'numeric',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** A phone number as a dialable link: `tel:` with the spaces taken out. */
export const telHref = (phone: string) => `tel:${phone.replace(/[\s-]+/g, '')}`;

/** Where a channel's value leads, if anywhere: a web page, a phone call, an e-mail. */
export function channelHref(channel: PublicChannel): string | undefined {
	if (channel.type === 'phone') return telHref(channel.value);
	if (channel.type === 'email') return `mailto:${channel.value}`;
	return safeHref(channel.value);
}
