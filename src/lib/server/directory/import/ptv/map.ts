import { foldText } from '$lib/domain/fold';
import type { Organisation } from '$lib/domain/schemas/organisation';
import type { ServiceChannel } from '$lib/domain/schemas/service';
import { shorten } from '../hsds-fields';
import type { ImportIssue, NewEntry } from '../types';
import { channelsOf } from './channels';
import type { ParsedPtvFile } from './file';
import type { PtvOrganization } from './input';
import { firstText } from './texts';
import { entryId, responsibleOf, toService, type StoredService } from './service';

/** What the directory holds already, for matching the file's services and organisations. */
export interface KnownEntries {
	/** Stored services by our id (the PTV id). */
	services: ReadonlyMap<string, StoredService>;
	/** Stored organisations' ids, and their ids by folded name. */
	organisationIds: ReadonlySet<string>;
	organisationsByName: ReadonlyMap<string, string>;
}

/** An imported organisation's fields from PTV; its type, county and links stay ours. */
export const ptvOrganisationFields = ['id', 'name'];

export interface MappedPtvFile {
	services: NewEntry<'services'>[];
	/** Each service's line and path ("services.2") in the file. */
	serviceLines: number[];
	servicePaths: string[];
	organisations: NewEntry<'organisations'>[];
	organisationLines: number[];
	organisationPaths: string[];
	issues: ImportIssue[];
	notes: ImportIssue[];
}

/** PTV's organisation types (State, Municipality, Region, SotePublic …) as our kinds. */
function kindOf(type: string | null | undefined): Organisation['type'] {
	if (type === 'Company' || type === 'SotePrivate') return 'private';
	return type === 'Organization' ? 'ngo' : 'public';
}

const nameOf = (organization: PtvOrganization | undefined) =>
	firstText(organization?.organizationNames?.filter((item) => item.type === 'Name'));

/**
 * Maps a read PTV file to our services and organisations (pure: what is stored comes in
 * `known`). A service's organisation is the one stored under its PTV id, else a stored one of
 * the same name (the county entered by hand before PTV), else a new organisation.
 */
export function mapPtvFile(file: ParsedPtvFile, known: KnownEntries, today: string) {
	const { data, lines } = file;
	const mapped: MappedPtvFile = {
		services: [],
		serviceLines: [],
		servicePaths: [],
		organisations: [],
		organisationLines: [],
		organisationPaths: [],
		issues: [],
		notes: []
	};
	const channels = new Map<string, ServiceChannel[]>();
	data.channels.forEach((channel, index) => {
		if (!channel) return;
		const found = channelsOf(channel, `channels.${index}`, today);
		const line = lines.channels[index] ?? 1;
		mapped.issues.push(...found.issues.map((issue) => ({ line, ...issue })));
		channels.set(channel.id.toLowerCase(), found.channels);
	});
	const organizations = new Map(
		data.organizations.flatMap((org) => (org ? [[org.id.toLowerCase(), org] as const] : []))
	);
	const providers = new Map<string, string>();

	const providerOf = (ptvId: string, given: string, path: string, line: number) => {
		const cached = providers.get(ptvId);
		if (cached) return cached;
		const id = entryId(ptvId);
		const organization = organizations.get(ptvId);
		const name = shorten(nameOf(organization) || given, 200);
		const sameName = name ? known.organisationsByName.get(foldText(name)) : undefined;
		const provider = known.organisationIds.has(id) ? id : (sameName ?? id);
		providers.set(ptvId, provider);
		if (provider !== id) return provider;
		if (!name) {
			mapped.issues.push({
				line,
				field: `${path}.organizations`,
				message: 'the organisation has no name: add it to "organizations" of the file'
			});
			return provider;
		}
		const entry = { id, name, type: kindOf(organization?.organizationType), lastVerified: today };
		mapped.organisations.push(entry);
		mapped.organisationLines.push(line);
		mapped.organisationPaths.push(`${path}.organizations`);
		return provider;
	};

	data.services.forEach((service, index) => {
		if (!service) return;
		const path = `services.${index}`;
		const line = lines.services[index] ?? 1;
		const responsible = responsibleOf(service);
		const { entry, issues, notes } = toService(service, {
			path,
			today,
			channels,
			stored: known.services.get(entryId(service.id)),
			providerOf: (ptvId) => providerOf(ptvId, responsible?.name ?? '', path, line)
		});
		mapped.issues.push(...issues.map((issue) => ({ line, ...issue })));
		mapped.notes.push(...notes.map((note) => ({ line, ...note })));
		if (!entry) return;
		mapped.services.push(entry);
		mapped.serviceLines.push(line);
		mapped.servicePaths.push(path);
	});
	return mapped;
}
