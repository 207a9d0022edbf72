import { z } from 'zod';
import { countyName, municipalityName } from '$lib/domain/areas';
import { accessModes, channelTypes, targetGroups } from '$lib/domain/directory-codes';
import type { Locale } from '$lib/domain/locale';
import type { Organisation } from '$lib/domain/schemas/organisation';
import type { Service, ServiceChannel } from '$lib/domain/schemas/service';
import type { Unit } from '$lib/domain/schemas/unit';
import { hsdsId } from './ids';
import { areaKindLabels, costLabels, languageName, pick } from './labels';
import { toHsdsAddress, toHsdsOrganization } from './organization';
import { toHsdsAttribute } from './taxonomies';
import type {
	HsdsAttribute,
	HsdsLocation,
	HsdsService,
	HsdsServiceArea,
	HsdsServiceAtLocation
} from './types';

/** Summary and description share HSDS's one description, split by the first blank line. */
export const SUMMARY_SEPARATOR = '\n\n';

const Email = z.email();
export const isEmail = (value: string) => Email.safeParse(value).success;
export const isWebUrl = (value: string) => /^https?:\/\/\S+$/i.test(value) && URL.canParse(value);

/**
 * Every channel but a phone is a place to reach the service: an address is a physical
 * location, the others (web, chat, e-service, e-mail) virtual ones. An attribute names the
 * channel type, so an import gets the same channel back.
 */
function channelAtLocation(
	service: Service,
	channel: ServiceChannel,
	index: number,
	lang: Locale
): HsdsServiceAtLocation {
	const locationId = hsdsId(service.id, 'channel', String(index));
	const id = hsdsId(service.id, 'at-location', String(index));
	const attributes = [
		toHsdsAttribute('location', locationId, 'channel_type', channel.type, lang)
	] satisfies HsdsAttribute[];
	let location: HsdsLocation;
	if (channel.type === 'address') {
		location = {
			id: locationId,
			location_type: 'physical',
			organization_id: service.providerId,
			name: channel.value,
			addresses: [toHsdsAddress(locationId, channel.value, service.countyIds[0])],
			attributes
		};
	} else {
		const url = isWebUrl(channel.value)
			? channel.value
			: channel.type === 'email' && isEmail(channel.value)
				? `mailto:${channel.value}`
				: undefined;
		location = {
			id: locationId,
			location_type: 'virtual',
			organization_id: service.providerId,
			name: channelTypes.label(channel.type, lang),
			...(url ? { url } : { description: channel.value }),
			attributes
		};
	}
	return {
		id,
		service_id: service.id,
		location_id: locationId,
		...(channel.hours
			? {
					schedules: [
						{ id: hsdsId(id, 'hours'), service_at_location_id: id, description: channel.hours }
					]
				}
			: {}),
		location
	};
}

/** The places (address and online channels) where a service is reached. */
export function serviceAtLocations(service: Service, lang: Locale): HsdsServiceAtLocation[] {
	return service.channels.flatMap((channel, index) =>
		channel.type === 'phone' ? [] : [channelAtLocation(service, channel, index, lang)]
	);
}

function serviceAreas(service: Service, lang: Locale): HsdsServiceArea[] {
	const area = (kind: 'county' | 'municipality', areaId: string, name: string) => ({
		id: hsdsId(service.id, 'area', kind, areaId),
		service_id: service.id,
		name,
		description: areaKindLabels[kind][lang]
	});
	return [
		...service.countyIds.map((id) => area('county', id, countyName(id, lang))),
		...service.municipalityIds.map((id) => area('municipality', id, municipalityName(id, lang)))
	];
}

/**
 * One of our services as a fully nested HSDS service in one language. `organisation` and
 * `units` (the units the caller may see) fill in the nested organisation when known.
 */
export function toHsdsService(
	service: Service,
	lang: Locale,
	organisation?: Organisation,
	units: Unit[] = []
): HsdsService {
	const web = service.channels.find((channel) => channel.type === 'web' && isWebUrl(channel.value));
	const email = service.channels.find(
		(channel) => channel.type === 'email' && isEmail(channel.value)
	);
	const costText = service.costText?.trim();
	const attribute = (key: Parameters<typeof toHsdsAttribute>[2], code: string) =>
		toHsdsAttribute('service', service.id, key, code, lang);
	return {
		id: service.id,
		organization_id: service.providerId,
		name: pick(service.name, lang),
		description: pick(service.summary, lang) + SUMMARY_SEPARATOR + pick(service.description, lang),
		...(web ? { url: web.value } : {}),
		...(email ? { email: email.value } : {}),
		status: 'active',
		application_process: accessModes.label(service.access, lang),
		fees_description: costText || costLabels[service.cost][lang],
		eligibility_description: service.targetGroups
			.map((group) => targetGroups.label(group, lang))
			.join(', '),
		assured_date: service.lastVerified,
		last_modified: service.updatedAt,
		phones: service.channels.flatMap((channel, index) =>
			channel.type === 'phone'
				? [
						{
							id: hsdsId(service.id, 'channel', String(index)),
							service_id: service.id,
							number: channel.value,
							type: 'voice',
							...(channel.hours ? { description: channel.hours } : {})
						}
					]
				: []
		),
		schedules: service.openingHours
			? [
					{
						id: hsdsId(service.id, 'opening-hours'),
						service_id: service.id,
						description: service.openingHours
					}
				]
			: [],
		service_areas: serviceAreas(service, lang),
		service_at_locations: serviceAtLocations(service, lang),
		languages: service.languages.map((code) => ({
			id: hsdsId(service.id, 'language', code),
			service_id: service.id,
			code,
			name: languageName(code, lang)
		})),
		cost_options: [
			{
				id: hsdsId(service.id, 'cost'),
				service_id: service.id,
				option: costText || costLabels[service.cost][lang],
				currency: 'EUR',
				...(service.cost === 'free' ? { amount: 0 } : {})
			}
		],
		attributes: [
			attribute('tier', service.tier),
			attribute('service_category', service.category),
			...service.targetGroups.map((group) => attribute('target_group', group)),
			attribute('access', service.access),
			attribute('audience', service.audience)
		],
		...(organisation ? { organization: toHsdsOrganization(organisation, units, lang) } : {})
	};
}
