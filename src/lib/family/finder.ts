import { serviceCategories } from '$lib/domain/directory-codes';
import { foldText } from '$lib/domain/fold';
import { safeHref } from '$lib/domain/links';
import type { Localized } from '$lib/domain/locale';
import type { FamilyLanguage } from './languages';

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
	/** The Finnish name, then the Swedish one where it differs. */
	names: string[];
	countyId: string;
}

export interface PublicDirectory {
	version: 1;
	/** The newest change among the listed services (so equal lists are equal bytes). */
	updatedAt: string;
	places: PublicPlace[];
	services: PublicService[];
}

export type PlaceMatch =
	| { kind: 'found'; place: PublicPlace }
	| { kind: 'choose'; places: PublicPlace[] }
	| { kind: 'none' };

/**
 * The municipality the reader typed: an exact name (either language, accents and case
 * ignored) wins; otherwise names starting with it, then names containing it.
 */
export function findPlace(query: string, places: PublicPlace[]): PlaceMatch {
	const wanted = foldText(query.trim());
	if (!wanted) return { kind: 'none' };
	const folded = places.map((place) => ({ place, names: place.names.map(foldText) }));
	const exact = folded.find(({ names }) => names.includes(wanted));
	if (exact) return { kind: 'found', place: exact.place };
	for (const test of [
		(name: string) => name.startsWith(wanted),
		(name: string) => name.includes(wanted)
	]) {
		const hits = folded.filter(({ names }) => names.some(test)).map(({ place }) => place);
		if (hits.length === 1) return { kind: 'found', place: hits[0]! };
		if (hits.length > 1) return { kind: 'choose', places: hits.slice(0, 8) };
	}
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

/**
 * Services for a municipality: those listing it, and those serving its whole county (no
 * municipalities listed); nationwide services (no area at all) apart. Separation services first.
 * A municipality with none listed still gets a next door: its county's family centres and
 * family counselling, wherever in the county they are ("never 'no service' without a door").
 */
export function servicesFor(
	place: PublicPlace,
	services: PublicService[]
): { local: PublicService[]; nextDoor: PublicService[]; national: PublicService[] } {
	const local = services.filter(
		(service) =>
			service.municipalityIds.includes(place.id) ||
			(service.municipalityIds.length === 0 && service.countyIds.includes(place.countyId))
	);
	const nextDoor = local.length
		? []
		: services.filter(
				(service) =>
					service.category === 'family-counselling' && service.countyIds.includes(place.countyId)
			);
	return {
		local: local.sort(byCategoryThenName),
		nextDoor: nextDoor.sort(byCategoryThenName),
		national: nationalServices(services)
	};
}

/** A place's name for a reader: the Swedish one on Swedish pages, else the Finnish one. */
export const placeName = (place: PublicPlace, lang: FamilyLanguage) =>
	(lang === 'sv' ? place.names[1] : undefined) ?? place.names[0]!;

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
