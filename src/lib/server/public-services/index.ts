import type { Kysely } from 'kysely';
import type { Service } from '$lib/domain/schemas/service';
import type { PublicDirectory, PublicService } from '$lib/family/finder';
import { PUBLIC_DIRECTORY_VERSION } from '$lib/family/site';
import { publicAreas, publicCounties, publicPlaces } from '$lib/family/places';
import type { Database } from '../db/schema';
import { listEntries } from '../directory/repository';

function toPublic(service: Service, providers: Map<string, string>): PublicService {
	return {
		id: service.id,
		name: service.name,
		summary: service.summary,
		category: service.category,
		access: service.access,
		cost: service.cost,
		costText: service.costText,
		channels: service.channels.map(({ type, value, hours }) => ({ type, value, hours })),
		openingHours: service.openingHours,
		languages: service.languages,
		countyIds: service.countyIds,
		municipalityIds: service.municipalityIds,
		provider: providers.get(service.providerId),
		lastVerified: service.lastVerified
	};
}

/**
 * What anyone may read about services: the public ones only, with their provider's name.
 * Professional services, units and people never appear here, whoever asks.
 */
export async function publicDirectory(db: Kysely<Database>): Promise<PublicDirectory> {
	const [services, organisations] = await Promise.all([
		listEntries(db, 'services'),
		listEntries(db, 'organisations')
	]);
	const providers = new Map(
		organisations.map((organisation) => [organisation.id, organisation.name])
	);
	const listed = services.filter((service) => service.audience === 'public');
	return {
		version: PUBLIC_DIRECTORY_VERSION,
		updatedAt: listed.reduce((newest, s) => (s.updatedAt > newest ? s.updatedAt : newest), ''),
		places: publicPlaces,
		counties: publicCounties,
		areas: publicAreas,
		services: listed.map((service) => toPublic(service, providers))
	};
}
