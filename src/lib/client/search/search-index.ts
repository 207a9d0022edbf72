import MiniSearch, {
	type AsPlainObject,
	type Options,
	type Query,
	type SearchOptions
} from 'minisearch';
import { foldText } from '$lib/domain/fold';
import { entryKinds, type EntryKind } from '$lib/domain/entry-kind';
import { documentId, parseDocumentId, type SearchDocument } from './documents';
import { facetMatcher, hasFilters, type Facets, type SearchFilters } from './filters';

/** Bump when fields or term handling change: a stored index of another format is rebuilt. */
export const INDEX_FORMAT = 2;

export interface SearchHit {
	kind: EntryKind;
	id: string;
	score: number;
}

type TextField = 'name' | 'about' | 'place' | 'summary';
const textFields: readonly TextField[] = ['name', 'about', 'place', 'summary'];
const weight: Record<TextField, number> = { name: 4, about: 2, place: 1.5, summary: 1 };

/**
 * Each text is indexed twice: as written (lower case) and, in a second field, the folded form
 * of only those words that folding changes ("äänekoski" beside "Äänekoski"). Folded queries
 * find both; a word typed as written also hits the first field and so ranks first.
 */
const foldedField = (field: TextField) => `${field}Folded`;
const sourceOf = new Map<string, TextField>(
	textFields.flatMap((field) => [
		[field, field],
		[foldedField(field), field]
	])
);
const exactFields = [...textFields];
const allFields = [...exactFields, ...textFields.map(foldedField)];

/** A word as written, only lower-cased (and in one Unicode form). */
export const exactTerm = (term: string) => term.normalize('NFC').toLocaleLowerCase('fi');

const EXACT_BONUS = 3;
const boosts = (exact: number, folded: number): Record<string, number> =>
	Object.fromEntries(
		textFields.flatMap((field) => [
			[field, weight[field] * exact],
			[foldedField(field), weight[field] * folded]
		])
	);
/** A plain word: as written in the text counts more than found only through folding. */
const plainWordBoost = boosts(EXACT_BONUS, 1);
const foldedOnlyBoost = boosts(1, 1);
const exactOnlyBoost = boosts(EXACT_BONUS, 0);

const options: Options<SearchDocument> = {
	fields: allFields,
	extractField: (document, field) =>
		document[(sourceOf.get(field) ?? field) as keyof SearchDocument],
	processTerm: (term, field) => {
		const exact = exactTerm(term);
		if (!field || !field.endsWith('Folded')) return exact;
		const folded = foldText(term);
		return folded === exact ? null : folded;
	},
	searchOptions: {
		prefix: true,
		// Typos are forgiven from five letters on; shorter words would match too much.
		fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
		maxFuzzy: 2
	}
};

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/**
 * Words of one or two letters match the beginnings of names only: as a prefix of every word in
 * every field they would match most of the directory, which is slow to rank and no help.
 */
const SHORT_WORD = 3;
const nameFields = ['name', foldedField('name')];

/** One typed word: its folded form anywhere, and (if folding changes it) its exact form. */
function wordQuery(word: string): Query {
	const exact = exactTerm(word);
	const folded = foldText(word);
	const fields = folded.length < SHORT_WORD ? nameFields : allFields;
	if (exact === folded) {
		return { queries: [word], fields, processTerm: foldText, boost: plainWordBoost };
	}
	return {
		combineWith: 'OR',
		queries: [
			{
				queries: [word],
				fields: fields.filter((field) => exactFields.includes(field as TextField)),
				processTerm: exactTerm,
				boost: exactOnlyBoost,
				fuzzy: false
			},
			{ queries: [word], fields, processTerm: foldText, boost: foldedOnlyBoost }
		]
	};
}

// Sort keys are folded already, so plain code-point order is the alphabetical one.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const kindOrder = new Map(entryKinds.map((kind, index) => [kind, index]));

type FacetRow = [
	id: string,
	kind: EntryKind,
	counties: string[],
	expertise: string[],
	languages: string[],
	roles: string[],
	tier: string,
	category: string,
	sortKey: string
];

/** The saved form: MiniSearch's own, and the facets as plain rows (compact, quick to parse). */
interface SavedIndex {
	index: AsPlainObject;
	facets: FacetRow[];
}

const toRow = (id: string, f: Facets): FacetRow => [
	id,
	f.kind,
	f.counties,
	f.expertise,
	f.languages,
	f.roles,
	f.tier ?? '',
	f.category ?? '',
	f.sortKey
];

const fromRow = ([
	,
	kind,
	counties,
	expertise,
	languages,
	roles,
	tier,
	category,
	sortKey
]: FacetRow): Facets => ({
	kind,
	counties,
	expertise,
	languages,
	roles,
	tier: tier || undefined,
	category: category || undefined,
	sortKey
});

function facetsOf(documents: readonly SearchDocument[]): Map<string, Facets> {
	return new Map(
		documents.map(
			({ id, kind, counties, expertise, languages, roles, tier, category, sortKey }) => [
				id,
				{ kind, counties, expertise, languages, roles, tier, category, sortKey }
			]
		)
	);
}

/**
 * The directory's search index: MiniSearch with folding, exact-first ranking and facet
 * filters. Pure: it knows documents, not where they are stored. The facets live beside
 * MiniSearch rather than in its stored fields, which it would copy into every match.
 */
export class DirectoryIndex {
	#browse: SearchHit[] | undefined;

	private constructor(
		private readonly mini: MiniSearch<SearchDocument>,
		private readonly facets: Map<string, Facets>
	) {}

	static build(documents: readonly SearchDocument[]): DirectoryIndex {
		const mini = new MiniSearch<SearchDocument>(options);
		mini.addAll(documents);
		return new DirectoryIndex(mini, facetsOf(documents));
	}

	/** Builds in slices that give the page time to breathe between them. */
	static async buildAsync(documents: readonly SearchDocument[]): Promise<DirectoryIndex> {
		const mini = new MiniSearch<SearchDocument>(options);
		await mini.addAllAsync(documents, { chunkSize: 500 });
		return new DirectoryIndex(mini, facetsOf(documents));
	}

	static fromJSON(json: string): DirectoryIndex {
		const saved = JSON.parse(json) as SavedIndex;
		return new DirectoryIndex(
			MiniSearch.loadJS<SearchDocument>(saved.index, options),
			new Map(saved.facets.map((row) => [row[0], fromRow(row)]))
		);
	}

	toJSON(): string {
		const saved: SavedIndex = {
			index: this.mini.toJSON(),
			facets: [...this.facets].map(([id, facets]) => toRow(id, facets))
		};
		return JSON.stringify(saved);
	}

	/**
	 * Takes in changed entries without a rebuild: each document added, or replacing the one
	 * with its id; each id in `removed` gone from the index (an id it does not hold is no error).
	 */
	update(documents: readonly SearchDocument[], removed: readonly string[]): void {
		for (const document of documents) {
			if (this.mini.has(document.id)) this.mini.replace(document);
			else this.mini.add(document);
		}
		for (const id of removed) if (this.mini.has(id)) this.mini.discard(id);
		for (const [id, facets] of facetsOf(documents)) this.facets.set(id, facets);
		for (const id of removed) this.facets.delete(id);
		this.#browse = undefined;
	}

	get size(): number {
		return this.mini.documentCount;
	}

	/**
	 * Every entry that matches all typed words (prefix and typo-tolerant, letters folded) and
	 * the filters, best first. With nothing typed: the filtered directory in kind and name order.
	 */
	search(text: string, filters: SearchFilters = {}): SearchHit[] {
		const words = tokenize(text).filter((word) => word !== '');
		const filtered = hasFilters(filters);
		const matches = facetMatcher(filters);
		if (words.length === 0) {
			const all = this.#browseOrder();
			return filtered ? all.filter((hit) => matches(this.#facetsOf(hit))) : all;
		}
		const query: Query = { combineWith: 'AND', queries: words.map(wordQuery) };
		const searchOptions: SearchOptions = filtered
			? { filter: (result) => matches(this.facets.get(String(result.id))!) }
			: {};
		return this.mini
			.search(query, searchOptions)
			.map((result) => ({ ...parseDocumentId(String(result.id)), score: result.score }));
	}

	/** The languages someone in the directory speaks or a service is given in. */
	languages(): string[] {
		const found = new Set([...this.facets.values()].flatMap((facets) => facets.languages));
		return [...found].sort();
	}

	#facetsOf(hit: SearchHit): Facets {
		return this.facets.get(documentId(hit.kind, hit.id))!;
	}

	#browseOrder(): SearchHit[] {
		this.#browse ??= [...this.facets]
			.sort(
				([, a], [, b]) =>
					kindOrder.get(a.kind)! - kindOrder.get(b.kind)! || compareText(a.sortKey, b.sortKey)
			)
			.map(([id]) => ({ ...parseDocumentId(id), score: 0 }));
		return this.#browse;
	}
}
