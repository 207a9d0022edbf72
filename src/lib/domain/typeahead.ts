import { foldText } from './fold';

/** One choice of a typeahead: what is stored, what is shown, and other names it answers to. */
export interface TypeaheadOption {
	value: string;
	label: string;
	/** Other names that also match (a Swedish name, a provider) but are not shown. */
	keys?: readonly string[];
	/** A secondary line shown under the label (e.g. the county). */
	hint?: string;
	/** Lower comes first among equally good matches (e.g. the own county's services). */
	rank?: number;
}

const WORD_BREAK = /[\s\-/,.()–]+/u;
const words = (text: string) => foldText(text).split(WORD_BREAK).filter(Boolean);

/** How well `query` (folded words) fits the texts: 0 starts the label, 1 starts a key, 2 inside. */
function fit(option: TypeaheadOption, query: string, queryWords: string[]): number | null {
	const texts = [option.label, ...(option.keys ?? [])].map(foldText);
	const textWords = texts.flatMap((text) => text.split(WORD_BREAK));
	if (!queryWords.every((word) => textWords.some((candidate) => candidate.startsWith(word)))) {
		return null;
	}
	if (texts[0]!.startsWith(query)) return 0;
	if (texts.some((text) => text.startsWith(query))) return 1;
	return 2;
}

const collator = new Intl.Collator('fi');

/**
 * The options whose words begin with every typed word (letters folded, so "hameenl" finds
 * "Hämeenlinna"), best first: the label starting with the text, another name starting with it,
 * a later word; then `rank`, then alphabetical. Nothing typed lists the first `limit` options.
 */
export function matchOptions<O extends TypeaheadOption>(
	options: readonly O[],
	text: string,
	limit = 8
): O[] {
	const query = foldText(text).trim();
	const queryWords = words(text);
	const scored: { option: O; score: number }[] = [];
	for (const option of options) {
		const score = queryWords.length === 0 ? 0 : fit(option, query, queryWords);
		if (score !== null) scored.push({ option, score });
	}
	return scored
		.sort(
			(a, b) =>
				a.score - b.score ||
				(a.option.rank ?? 0) - (b.option.rank ?? 0) ||
				collator.compare(a.option.label, b.option.label)
		)
		.slice(0, limit)
		.map(({ option }) => option);
}

/**
 * The option a finished text stands for, when there is no doubt: the one whose label (or other
 * name) is the text, or the only option that matches at all. Used when focus leaves a
 * typeahead without an explicit choice.
 */
export function settledOption<O extends TypeaheadOption>(
	options: readonly O[],
	text: string
): O | undefined {
	const folded = foldText(text).trim();
	if (folded === '') return undefined;
	const exact = options.filter((option) =>
		[option.label, ...(option.keys ?? [])].some((name) => foldText(name) === folded)
	);
	if (exact.length === 1) return exact[0];
	const matches = matchOptions(options, text, 2);
	return matches.length === 1 ? matches[0] : undefined;
}
