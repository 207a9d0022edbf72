import {
	accessModes,
	channelTypes,
	serviceCategories,
	targetGroups
} from '$lib/domain/directory-codes';
import { expertiseAreas } from '$lib/domain/expertise';
import type { Locale, Localized } from '$lib/domain/locale';
import { defineTaxonomy, type TaxonomyItem } from '$lib/domain/taxonomy';
import { serviceTiers } from '$lib/domain/tiers';
import { hsdsId } from './ids';
import type { HsdsAttribute, HsdsTaxonomy, HsdsTaxonomyTerm } from './types';

export const audiences = defineTaxonomy([
	{ code: 'public', label: { fi: 'Kaikille', sv: 'För alla', en: 'For everyone' } },
	{
		code: 'professional',
		label: { fi: 'Ammattilaisille', sv: 'För yrkesfolk', en: 'For professionals' }
	}
]);

/** Our code lists published as HSDS taxonomies; `key` is stable and names the link type. */
export const taxonomySources = [
	{
		key: 'service_category',
		name: { fi: 'Palveluluokat', sv: 'Tjänstekategorier', en: 'Service categories' },
		items: serviceCategories.items
	},
	{
		key: 'target_group',
		name: { fi: 'Kohderyhmät', sv: 'Målgrupper', en: 'Target groups' },
		items: targetGroups.items
	},
	{
		key: 'tier',
		name: { fi: 'Palvelutasot', sv: 'Tjänstenivåer', en: 'Service tiers' },
		items: serviceTiers.items
	},
	{
		key: 'access',
		name: { fi: 'Palveluun hakeutuminen', sv: 'Tillgång till tjänsten', en: 'Access' },
		items: accessModes.items
	},
	{
		key: 'audience',
		name: { fi: 'Kenelle kuvaus on', sv: 'Beskrivningens målgrupp', en: 'Audience' },
		items: audiences.items
	},
	{
		key: 'channel_type',
		name: { fi: 'Asiointikanavat', sv: 'Kontaktkanaler', en: 'Contact channels' },
		items: channelTypes.items
	},
	{
		key: 'expertise',
		name: { fi: 'Osaamisalueet', sv: 'Kompetensområden', en: 'Expertise areas' },
		items: expertiseAreas.items
	}
] as const satisfies readonly {
	key: string;
	name: Localized;
	items: readonly TaxonomyItem[];
}[];

export type TaxonomyKey = (typeof taxonomySources)[number]['key'];

const sourceByKey = new Map<string, (typeof taxonomySources)[number]>(
	taxonomySources.map((source) => [source.key, source])
);

export const taxonomyId = (key: TaxonomyKey) => hsdsId('taxonomy', key);
export const termId = (key: TaxonomyKey, code: string) => hsdsId('taxonomy', key, code);

export function toHsdsTaxonomy(key: TaxonomyKey, lang: Locale): HsdsTaxonomy {
	const source = sourceByKey.get(key)!;
	return {
		id: taxonomyId(key),
		name: `Lähelle: ${source.name[lang]}`,
		description: source.name[lang]
	};
}

export function toHsdsTerm(
	key: TaxonomyKey,
	code: string,
	lang: Locale,
	withDetail = false
): HsdsTaxonomyTerm {
	const source = sourceByKey.get(key)!;
	const item = source.items.find((candidate) => candidate.code === code);
	const label = item?.label[lang] ?? code;
	const taxonomy = toHsdsTaxonomy(key, lang);
	return {
		id: termId(key, code),
		code,
		name: label,
		description: `${source.name[lang]}: ${label}`,
		taxonomy: taxonomy.name,
		taxonomy_id: taxonomy.id,
		...(withDetail ? { taxonomy_detail: taxonomy } : {}),
		language: lang
	};
}

export const allTaxonomies = (lang: Locale) =>
	taxonomySources.map((source) => toHsdsTaxonomy(source.key, lang));

export const allTerms = (lang: Locale) =>
	taxonomySources.flatMap((source) =>
		source.items.map((item) => toHsdsTerm(source.key, item.code, lang, true))
	);

/** An attribute linking a service or location to one of our terms. */
export function toHsdsAttribute(
	linkEntity: HsdsAttribute['link_entity'],
	linkId: string,
	key: TaxonomyKey,
	code: string,
	lang: Locale
): HsdsAttribute {
	const term = toHsdsTerm(key, code, lang);
	return {
		id: hsdsId(linkId, term.id),
		link_id: linkId,
		link_type: key,
		link_entity: linkEntity,
		taxonomy_term_id: term.id,
		taxonomy_term: term
	};
}

const termsById = new Map<string, { key: TaxonomyKey; code: string }>(
	taxonomySources.flatMap((source) =>
		source.items.map((item) => [
			termId(source.key, item.code),
			{ key: source.key, code: item.code }
		])
	)
);

/**
 * Which of our terms an imported attribute names: by the term's id, else by its taxonomy's id
 * and code. Terms of other taxonomies answer undefined (they are not ours to read).
 */
export function findTerm(attribute: {
	taxonomy_term_id?: unknown;
	taxonomy_term?: { id?: unknown; code?: unknown; taxonomy_id?: unknown } | null;
}): { key: TaxonomyKey; code: string } | undefined {
	const term = attribute.taxonomy_term ?? undefined;
	for (const id of [attribute.taxonomy_term_id, term?.id]) {
		const found = typeof id === 'string' ? termsById.get(id) : undefined;
		if (found) return found;
	}
	if (typeof term?.taxonomy_id !== 'string' || typeof term.code !== 'string') return undefined;
	const source = taxonomySources.find(
		(candidate) => taxonomyId(candidate.key) === term.taxonomy_id
	);
	return source?.items.some((item) => item.code === term.code)
		? { key: source.key, code: term.code as string }
		: undefined;
}
