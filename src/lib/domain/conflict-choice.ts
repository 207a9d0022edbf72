/**
 * How a person settles a sync conflict (DESIGN.md, sync): keep the value that stayed on the
 * server ("theirs"), the value the device sent ("yours"), or — for texts and lists — both.
 * The answer is the update to push: its fields and `resolves`, which closes the conflict.
 */
export type ConflictChoice = 'theirs' | 'yours' | 'both';

/** Between the two texts of "keep both", so a reader sees where one ends (as /app/sync joins). */
export const BOTH_SEPARATOR = '\n\n———\n\n';

const isList = (value: unknown): value is (string | number | boolean)[] =>
	Array.isArray(value) &&
	value.every((item) => ['string', 'number', 'boolean'].includes(typeof item));

/** "Keep both" makes sense for two texts or two lists of codes, not for dates or flags. */
export function canKeepBoth(serverValue: unknown, clientValue: unknown): boolean {
	return (
		(typeof serverValue === 'string' && typeof clientValue === 'string') ||
		(isList(serverValue) && isList(clientValue))
	);
}

/** Two texts joined with the separator (an empty or equal one adds nothing); lists united. */
export function keepBoth(serverValue: unknown, clientValue: unknown): unknown {
	if (typeof serverValue === 'string' && typeof clientValue === 'string') {
		const [a, b] = [serverValue.trim(), clientValue.trim()];
		if (!b || a === b) return serverValue;
		if (!a) return clientValue;
		return `${serverValue}${BOTH_SEPARATOR}${clientValue}`;
	}
	if (isList(serverValue) && isList(clientValue)) {
		return [...new Set([...serverValue, ...clientValue])];
	}
	throw new TypeError('only texts and lists can be kept both');
}

export interface Resolution {
	fields: Record<string, unknown>;
	resolves: string[];
}

/**
 * The update that settles a conflict on `field`. "Theirs" writes nothing: the server keeps
 * its value and only marks the conflict resolved.
 */
export function resolution(
	choice: ConflictChoice,
	conflict: { field: string; serverValue: unknown; clientValue: unknown }
): Resolution {
	const { field, serverValue, clientValue } = conflict;
	const resolves = [field];
	if (choice === 'theirs') return { fields: {}, resolves };
	if (choice === 'yours') return { fields: { [field]: clientValue }, resolves };
	return { fields: { [field]: keepBoth(serverValue, clientValue) }, resolves };
}
