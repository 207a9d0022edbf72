import { foldText } from './fold';

/**
 * Which municipality a person means by what they typed: a name in Finnish, Swedish or Sámi,
 * a Finnish name in a case form ("Helsingissä", "Lahden"), a Swedish one after a preposition
 * ("i Åbo"), a postal code or a municipality code. Only those count as found; a name that
 * merely starts with or contains the text is offered as "did you mean", never answered as the
 * place (typing "Lahti" must not answer Vesilahti, nor "Luoto" Hailuoto).
 */
export type PlaceAnswer =
	| { kind: 'found'; id: string; via: 'name' | 'case-form' | 'postal-code' | 'code' }
	| { kind: 'suggest'; ids: string[] }
	| { kind: 'none' };

/** At most this many "did you mean" choices. */
export const MAX_SUGGESTIONS = 8;

/**
 * Consonant gradation: the weak grade of the consonants that open a Finnish stem's last
 * syllable (Lahti → Lahde-, Helsinki → Helsingi-, Turku → Turu-, Luhanka → Luhanga-).
 */
const weakPairs: [string, string[]][] = [
	['kk', ['k']],
	['pp', ['p']],
	['tt', ['t']],
	['nk', ['ng']],
	['mp', ['mm']],
	['lt', ['ll']],
	['nt', ['nn']],
	['rt', ['rr']],
	['ht', ['hd']],
	['lk', ['l', 'lj']],
	['rk', ['r', 'rj']],
	['hk', ['h']],
	['lp', ['lv']],
	['rp', ['rv']]
];
const noGradation = ['sk', 'st', 'sp', 'tk', 'ts'];
const weakSingles: Record<string, string> = { k: '', t: 'd', p: 'v' };

function weakened(stem: string): string[] {
	const match = /([^aeiouy\s-]+)([aeiouy]+)$/.exec(stem);
	if (!match) return [];
	const [, cluster, vowels] = match as unknown as [string, string, string];
	const head = stem.slice(0, stem.length - cluster.length - vowels.length);
	if (noGradation.some((pair) => cluster.endsWith(pair))) return [];
	const pair = weakPairs.find(([strong]) => cluster.endsWith(strong));
	if (pair) {
		const before = cluster.slice(0, -pair[0].length);
		return pair[1].map((weak) => head + before + weak + vowels);
	}
	if (cluster.length === 1 && cluster in weakSingles) {
		return [head + weakSingles[cluster] + vowels];
	}
	return [];
}

/** The stems a Finnish place name takes before a case ending (folded). */
export function finnishStems(name: string): string[] {
	const base = foldText(name);
	const bases = new Set([base]);
	if (base.endsWith('si')) bases.add(`${base.slice(0, -2)}de`); // Orivesi → Orivede-
	if (base.endsWith('i')) bases.add(`${base.slice(0, -1)}e`); // Lahti → Lahte-
	if (base.endsWith('e')) bases.add(`${base}e`); // Tampere → Tamperee-
	if (base.endsWith('nen')) {
		bases.add(`${base.slice(0, -3)}se`); // Kuhmoinen → Kuhmoise-
		bases.add(`${base.slice(0, -3)}si`); // Ikaalinen → Ikaalisi- (plural)
	}
	if (/[uy]s$/.test(base)) bases.add(`${base.slice(0, -1)}de`); // Varkaus → Varkaude-
	if (base.endsWith('es')) bases.add(`${base.slice(0, -1)}kse`); // Nurmes → Nurmekse-
	const stems = new Set(bases);
	for (const stem of bases) for (const weak of weakened(stem)) stems.add(weak);
	return [...stems];
}

/** Finnish case endings, folded (ä → a), longest first; illatives ("Ouluun") apart. */
const caseEndings = ['seen', 'siin', 'ssa', 'sta', 'lla', 'lta', 'lle', 'ksi', 'han', 'hen', 'hin']
	.concat(['hon', 'hun', 'hyn', 'na', 'n'])
	.sort((a, b) => b.length - a.length);

/** The bare stems a typed word may have before its ending: "lahdessa" → "lahde", … */
function stemsOfTyped(word: string): string[] {
	const stems: string[] = [];
	for (const ending of caseEndings) {
		if (word.endsWith(ending) && word.length - ending.length >= 2) {
			stems.push(word.slice(0, -ending.length));
		}
	}
	// Illative with a long vowel: "ouluun" → "oulu", "helsinkiin" → "helsinki".
	const illative = /([aeiouy])\1n$/.exec(word);
	if (illative && word.length > 4) stems.push(word.slice(0, -2));
	return stems;
}

/** What the matcher needs to know of a municipality (no other data: it runs in the browser). */
export interface GazetteerPlace {
	id: string;
	/** The Finnish name first (its case forms are matched too), then the others. */
	names: string[];
	/** Street address postal codes, space-separated. */
	postalCodes: string;
}

/** Words around a name that do not change which place it is. */
function bare(text: string): string {
	return foldText(text.trim())
		.replace(/\s+/g, ' ')
		.replace(/^(i|till|fran|kunta|kaupunki) /, '')
		.replace(/ (kunta|kaupunki|kommun|stad)$/, '');
}

const answerOf = (ids: Set<string> | string[] | undefined, via: 'name' | 'case-form') => {
	const list = [...(ids ?? [])];
	if (list.length === 1) return { kind: 'found' as const, id: list[0]!, via };
	if (list.length > 1) return { kind: 'suggest' as const, ids: list.slice(0, MAX_SUGGESTIONS) };
	return undefined;
};

/** A matcher over these places; build it once per list (it indexes every name and stem). */
export function placeMatcher(places: readonly GazetteerPlace[]): (query: string) => PlaceAnswer {
	const named = places.map((place) => ({
		place,
		whole: [...new Set(place.names.map(foldText))]
	}));
	const byWholeName = new Map<string, Set<string>>();
	const byStem = new Map<string, Set<string>>();
	const byPostalCode = new Map<string, string>();
	const add = (map: Map<string, Set<string>>, key: string, id: string) =>
		(map.get(key) ?? map.set(key, new Set()).get(key)!).add(id);
	for (const { place, whole } of named) {
		for (const name of whole) add(byWholeName, name, place.id);
		for (const stem of finnishStems(place.names[0] ?? '')) add(byStem, stem, place.id);
		for (const code of place.postalCodes.split(' ')) if (code) byPostalCode.set(code, place.id);
	}
	const ids = new Set(places.map((place) => place.id));
	return (query) => matchIn(query, { named, byWholeName, byStem, byPostalCode, ids });
}

interface Index {
	named: { place: GazetteerPlace; whole: string[] }[];
	byWholeName: Map<string, Set<string>>;
	byStem: Map<string, Set<string>>;
	byPostalCode: Map<string, string>;
	ids: Set<string>;
}

function matchIn(query: string, index: Index): PlaceAnswer {
	const { named, byWholeName, byStem, byPostalCode } = index;
	const typed = query.trim();
	if (/^\d{5}$/.test(typed)) {
		const id = byPostalCode.get(typed);
		return id ? { kind: 'found', id, via: 'postal-code' } : { kind: 'none' };
	}
	if (/^\d{3}$/.test(typed)) {
		return index.ids.has(typed) ? { kind: 'found', id: typed, via: 'code' } : { kind: 'none' };
	}
	const wanted = bare(typed);
	if (wanted.length < 2) return { kind: 'none' };
	const exact = answerOf(byWholeName.get(wanted), 'name');
	if (exact) return exact;
	const inflected = new Set(stemsOfTyped(wanted).flatMap((stem) => [...(byStem.get(stem) ?? [])]));
	const caseForm = answerOf(inflected, 'case-form');
	if (caseForm) return caseForm;
	// Partial: names that start with the text first, then (from three letters) names with it.
	const starts = named.filter(({ whole }) => whole.some((name) => name.startsWith(wanted)));
	const contains =
		wanted.length >= 3
			? named.filter(
					({ whole }) =>
						!whole.some((name) => name.startsWith(wanted)) &&
						whole.some((name) => name.includes(wanted))
				)
			: [];
	const ids = [...starts, ...contains].map(({ place }) => place.id);
	return ids.length > 0
		? { kind: 'suggest', ids: ids.slice(0, MAX_SUGGESTIONS) }
		: { kind: 'none' };
}
