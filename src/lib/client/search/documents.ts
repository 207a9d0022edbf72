import { countyName, municipalityName } from '$lib/domain/areas';
import { expertRoles, serviceCategories } from '$lib/domain/directory-codes';
import type { EntryKind } from '$lib/domain/entry-kind';
import { expertiseAreas } from '$lib/domain/expertise';
import { foldText } from '$lib/domain/fold';
import { locales } from '$lib/domain/locale';
import type { Expert } from '$lib/domain/schemas/expert';
import type { ExpertGroup } from '$lib/domain/schemas/expert-group';
import type { Organisation } from '$lib/domain/schemas/organisation';
import type { Service } from '$lib/domain/schemas/service';
import type { Unit } from '$lib/domain/schemas/unit';

/**
 * One searchable entry: four text fields of falling weight and the facets the filters test.
 * The id is `kind:entryId`, so a result maps back to its Dexie row.
 */
export interface SearchDocument {
	id: string;
	kind: EntryKind;
	/** Names, in every language the entry has. */
	name: string;
	/** Title, organisation, and expertise, role or category labels in fi/sv/en. */
	about: string;
	/** County and municipality names. */
	place: string;
	/** Service summaries and unit descriptions in every language. */
	summary: string;
	/** Folded name: the order of the list before anything is typed. */
	sortKey: string;
	counties: string[];
	expertise: string[];
	languages: string[];
	roles: string[];
	tier?: string;
	category?: string;
}

/** The directory as the device holds it. */
export interface DirectoryRows {
	experts: readonly Expert[];
	groups: readonly ExpertGroup[];
	units: readonly Unit[];
	services: readonly Service[];
	organisations: readonly Organisation[];
}

export const documentId = (kind: EntryKind, entryId: string) => `${kind}:${entryId}`;

export function parseDocumentId(id: string): { kind: EntryKind; id: string } {
	const colon = id.indexOf(':');
	return { kind: id.slice(0, colon) as EntryKind, id: id.slice(colon + 1) };
}

const join = (parts: Iterable<string | undefined>) =>
	[...new Set([...parts].filter((part): part is string => !!part))].join('\n');

function labels<C extends string>(
	taxonomy: { label(code: C, locale: (typeof locales)[number]): string },
	codes: readonly C[]
): string[] {
	return codes.flatMap((code) => locales.map((locale) => taxonomy.label(code, locale)));
}

const countyNames = (ids: readonly string[]) =>
	ids.flatMap((id) => locales.map((locale) => countyName(id, locale)));

// English municipality names are the Finnish ones, so Finnish and Swedish cover all three.
const municipalityNames = (ids: readonly string[]) =>
	ids.flatMap((id) => [municipalityName(id, 'fi'), municipalityName(id, 'sv')]);

const none = (): Pick<SearchDocument, 'expertise' | 'languages' | 'roles'> => ({
	expertise: [],
	languages: [],
	roles: []
});

/** Turns the local directory into search documents (pure: no database, no index). */
export function toSearchDocuments(rows: DirectoryRows): SearchDocument[] {
	const organisationName = new Map(rows.organisations.map((org) => [org.id, org.name]));
	const documents: SearchDocument[] = [];
	for (const expert of rows.experts) {
		documents.push({
			id: documentId('expert', expert.id),
			kind: 'expert',
			name: expert.name,
			about: join([
				expert.title,
				expert.organisation,
				...labels(expertiseAreas, expert.expertise),
				...labels(expertRoles, expert.roles)
			]),
			place: join(countyNames([expert.countyId])),
			summary: '',
			sortKey: foldText(expert.name),
			counties: [expert.countyId],
			expertise: [...expert.expertise],
			languages: [...expert.languages],
			roles: [...expert.roles]
		});
	}
	for (const group of rows.groups) {
		documents.push({
			id: documentId('group', group.id),
			kind: 'group',
			name: group.name,
			about: join(labels(expertiseAreas, group.topics)),
			place: join(countyNames([group.countyId])),
			summary: '',
			sortKey: foldText(group.name),
			...none(),
			counties: [group.countyId],
			expertise: [...group.topics]
		});
	}
	for (const unit of rows.units) {
		documents.push({
			id: documentId('unit', unit.id),
			kind: 'unit',
			name: unit.name,
			about: join([organisationName.get(unit.organisationId)]),
			place: join([...countyNames([unit.countyId]), unit.address]),
			summary: join(locales.map((locale) => unit.description[locale])),
			sortKey: foldText(unit.name),
			...none(),
			counties: [unit.countyId]
		});
	}
	for (const service of rows.services) {
		documents.push({
			id: documentId('service', service.id),
			kind: 'service',
			name: join(locales.map((locale) => service.name[locale])),
			about: join([
				organisationName.get(service.providerId),
				...labels(serviceCategories, [service.category])
			]),
			place: join([
				...countyNames(service.countyIds),
				...municipalityNames(service.municipalityIds)
			]),
			summary: join(locales.map((locale) => service.summary[locale])),
			sortKey: foldText(service.name.fi),
			...none(),
			counties: [...service.countyIds],
			languages: [...service.languages],
			tier: service.tier,
			category: service.category
		});
	}
	return documents;
}
