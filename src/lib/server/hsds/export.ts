import type { Kysely } from 'kysely';
import type { Locale } from '$lib/domain/locale';
import type { Organisation } from '$lib/domain/schemas/organisation';
import type { Service } from '$lib/domain/schemas/service';
import type { Unit } from '$lib/domain/schemas/unit';
import type { Database } from '../db/schema';
import { getEntry, listEntries } from '../directory/repository';
import { toHsdsOrganization } from './organization';
import { paginate, type HsdsListQuery } from './page';
import { serviceAtLocations, toHsdsService } from './service';

/**
 * What the HSDS API shows: public services to anyone; professional services and the units
 * (kivijalkayksiköt, which take consultations from professionals) only to signed-in callers.
 */
export interface Viewer {
	signedIn: boolean;
}

const visible = (service: Service, viewer: Viewer) =>
	viewer.signedIn || service.audience === 'public';

async function organisationsById(db: Kysely<Database>) {
	const organisations = await listEntries(db, 'organisations');
	return new Map(organisations.map((organisation) => [organisation.id, organisation]));
}

const visibleUnits = (db: Kysely<Database>, viewer: Viewer): Promise<Unit[]> =>
	viewer.signedIn ? listEntries(db, 'units') : Promise.resolve([]);

async function visibleServices(db: Kysely<Database>, viewer: Viewer) {
	return (await listEntries(db, 'services')).filter((service) => visible(service, viewer));
}

export async function servicesPage(db: Kysely<Database>, query: HsdsListQuery, viewer: Viewer) {
	const [services, organisations, units] = await Promise.all([
		visibleServices(db, viewer),
		organisationsById(db),
		visibleUnits(db, viewer)
	]);
	return paginate(services, query, (service) =>
		toHsdsService(service, query.lang, organisations.get(service.providerId), units)
	);
}

export async function serviceById(db: Kysely<Database>, id: string, lang: Locale, viewer: Viewer) {
	const found = await getEntry(db, id);
	if (found?.kind !== 'services') return undefined;
	const service = found.entry as Service;
	if (!visible(service, viewer)) return undefined;
	const provider = await getEntry(db, service.providerId);
	const organisation =
		provider?.kind === 'organisations' ? (provider.entry as Organisation) : undefined;
	return toHsdsService(service, lang, organisation, await visibleUnits(db, viewer));
}

export async function organizationsPage(
	db: Kysely<Database>,
	query: HsdsListQuery,
	viewer: Viewer
) {
	const [organisations, units] = await Promise.all([
		listEntries(db, 'organisations'),
		visibleUnits(db, viewer)
	]);
	return paginate(organisations, query, (organisation) =>
		toHsdsOrganization(organisation, units, query.lang)
	);
}

export async function organizationById(
	db: Kysely<Database>,
	id: string,
	lang: Locale,
	viewer: Viewer
) {
	const found = await getEntry(db, id);
	if (found?.kind !== 'organisations') return undefined;
	return toHsdsOrganization(found.entry as Organisation, await visibleUnits(db, viewer), lang);
}

/** The places where services are reached (their addresses and online channels). */
export async function serviceAtLocationsPage(
	db: Kysely<Database>,
	query: HsdsListQuery,
	viewer: Viewer
) {
	const services = await visibleServices(db, viewer);
	const all = services.flatMap((service) => serviceAtLocations(service, query.lang));
	return paginate(all, query, (item) => item);
}
