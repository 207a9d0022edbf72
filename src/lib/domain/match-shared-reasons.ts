import type { MatchReason } from './match-scoring';
import type { Suggestion } from './matching';

const reasonKey = (reason: MatchReason) => JSON.stringify(reason);

/**
 * Reasons every one of several suggestions has ("same county", "speaks Finnish") tell the
 * coordinator nothing about whom to choose: they are said once, and each suggestion keeps only
 * the reasons that set it apart.
 */
export function splitSharedReasons(suggestions: readonly Suggestion[]): {
	shared: MatchReason[];
	suggestions: Suggestion[];
} {
	if (suggestions.length < 2) return { shared: [], suggestions: [...suggestions] };
	const [first, ...rest] = suggestions;
	const shared = first!.reasons.filter((reason) =>
		rest.every((other) => other.reasons.some((mine) => reasonKey(mine) === reasonKey(reason)))
	);
	const sharedKeys = new Set(shared.map(reasonKey));
	return {
		shared,
		suggestions: suggestions.map((suggestion) => ({
			...suggestion,
			reasons: suggestion.reasons.filter((reason) => !sharedKeys.has(reasonKey(reason)))
		}))
	};
}
