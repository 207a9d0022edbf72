import type { z } from 'zod';
import { findMunicipality } from '$lib/domain/areas';
import { foldText } from '$lib/domain/fold';
import { locales } from '$lib/domain/locale';
import { WEB_ADDRESS_MESSAGE, isWebAddress } from '$lib/domain/links';
import { LINK_CHANNELS, type ServiceChannel } from '$lib/domain/schemas/service';
import { joinAddress } from '../../hsds/addresses';
import { costLabels } from '../../hsds/labels';
import { SUMMARY_SEPARATOR } from '../../hsds/service';
import { findTerm, type TaxonomyKey } from '../../hsds/taxonomies';
import { tidyPhone } from './cells';
import type { HsdsLocationIn, HsdsServiceIn } from './hsds-input';
import { findCountyId, findLanguageCode, findMunicipalityId } from './lookup';
import type { ImportIssue } from './types';

/* Readers of one HSDS service's parts into our fields; each adds its problems to `issues`. */

export type Issue = Omit<ImportIssue, 'line'>;

/** The text cut at a word to at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/** Our export joins summary and description with a blank line; other files give one text. */
export function splitDescription(text: string | null | undefined, name: string) {
	const whole = (text ?? '').replace(/\r\n/g, '\n').trim();
	if (!whole) return { summary: name, description: name };
	const at = whole.indexOf(SUMMARY_SEPARATOR);
	if (at < 0) return { summary: shorten(whole, 500), description: whole };
	const summary = whole.slice(0, at).trim();
	const description = whole.slice(at + SUMMARY_SEPARATOR.length).trim();
	return { summary, description: description || summary };
}

export function termCodes(input: HsdsServiceIn) {
	const codes = new Map<TaxonomyKey, string[]>();
	for (const attribute of input.attributes ?? []) {
		const term = findTerm(attribute);
		if (!term) continue;
		const list = codes.get(term.key) ?? [];
		if (!list.includes(term.code)) list.push(term.code);
		codes.set(term.key, list);
	}
	return codes;
}

const costLabel = (text: string) =>
	(['free', 'fee'] as const).find((cost) =>
		locales.some((locale) => foldText(costLabels[cost][locale]) === foldText(text))
	);

export function readCost(input: HsdsServiceIn, issues: Issue[]) {
	const options = input.cost_options ?? [];
	const fees = input.fees_description?.trim() ?? '';
	const cost = options.some((option) => option.amount === 0)
		? 'free'
		: options.some((option) => (option.amount ?? 0) > 0)
			? 'fee'
			: fees
				? (costLabel(fees) ?? 'fee')
				: options.map((option) => costLabel(option.option ?? '')).find(Boolean);
	if (!cost) {
		issues.push({
			field: 'cost_options',
			message: 'say whether the service is free (a cost option of amount 0) or has a fee'
		});
	}
	return { cost, costText: fees && !costLabel(fees) ? fees : undefined };
}

type Location = z.infer<typeof HsdsLocationIn>;

function channelOf(location: Location, hours: string | undefined): ServiceChannel | undefined {
	const named = (location.attributes ?? [])
		.map((attribute) => findTerm(attribute))
		.find((term) => term?.key === 'channel_type')?.code as ServiceChannel['type'] | undefined;
	const url = location.url?.trim() ?? '';
	const type =
		named ??
		(location.location_type === 'physical' ? 'address' : /^mailto:/i.test(url) ? 'email' : 'web');
	const address = location.addresses?.[0];
	const value =
		type === 'address' && address
			? joinAddress({
					street: address.address_1?.trim() ?? '',
					postalCode: address.postal_code?.trim() ?? '',
					city: address.city?.trim() ?? ''
				})
			: url.replace(/^mailto:/i, '') || location.description?.trim() || location.name?.trim();
	if (!value) return undefined;
	return { type, value, ...(hours ? { hours } : {}) };
}

/**
 * Whether a channel that is opened as a link (web, chat, e-service) leads to a web address;
 * a `javascript:` or `data:` one is refused with the file's own field (links.ts).
 */
function linkIsSafe(channel: ServiceChannel, field: string, issues: Issue[]): boolean {
	if (!LINK_CHANNELS.includes(channel.type) || isWebAddress(channel.value)) return true;
	issues.push({ field, message: `${WEB_ADDRESS_MESSAGE} (${channel.type} channel)` });
	return false;
}

export function readChannels(input: HsdsServiceIn, issues: Issue[]): ServiceChannel[] {
	const channels: ServiceChannel[] = (input.phones ?? []).map((phone) => {
		const hours = phone.description?.trim();
		return { type: 'phone', value: tidyPhone(phone.number), ...(hours ? { hours } : {}) };
	});
	(input.service_at_locations ?? []).forEach((at, index) => {
		if (!at.location) return;
		const hours = at.schedules?.[0]?.description?.trim() || undefined;
		const channel = channelOf(at.location, hours);
		const field = `service_at_locations.${index}.location`;
		if (!channel) {
			issues.push({ field, message: 'the location has no address, URL or description' });
		} else if (linkIsSafe(channel, `${field}.url`, issues)) channels.push(channel);
	});
	const url = input.url?.trim();
	if (url && !channels.some((channel) => channel.type === 'web' && channel.value === url)) {
		const channel: ServiceChannel = { type: 'web', value: url };
		if (linkIsSafe(channel, 'url', issues)) channels.push(channel);
	}
	const email = input.email?.trim();
	if (email && !channels.some((channel) => channel.type === 'email' && channel.value === email)) {
		channels.push({ type: 'email', value: email });
	}
	return channels;
}

export function readAreas(input: HsdsServiceIn, issues: Issue[]) {
	const countyIds: string[] = [];
	const municipalityIds: string[] = [];
	const add = (list: string[], id: string) => list.includes(id) || list.push(id);
	(input.service_areas ?? []).forEach((area, index) => {
		const name = area.name?.trim() ?? '';
		const county = findCountyId(name);
		const municipality = county ? undefined : findMunicipalityId(name);
		if (county) add(countyIds, county);
		else if (municipality) {
			add(municipalityIds, municipality);
			// A municipality's county is served too (the search filters by county).
			const countyOfPlace = findMunicipality(municipality)?.countyId;
			if (countyOfPlace) add(countyIds, countyOfPlace);
		} else {
			issues.push({
				field: `service_areas.${index}.name`,
				message: `"${name}" is not a wellbeing services county or municipality we know`
			});
		}
	});
	return { countyIds, municipalityIds };
}

export function readLanguages(input: HsdsServiceIn, issues: Issue[]): string[] {
	const codes: string[] = [];
	(input.languages ?? []).forEach((language, index) => {
		const code = findLanguageCode(language.code ?? language.name ?? '');
		if (!code) {
			issues.push({ field: `languages.${index}.code`, message: 'not a language code or name' });
		} else if (!codes.includes(code)) codes.push(code);
	});
	return codes;
}
