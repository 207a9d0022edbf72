/**
 * The pull cursor is opaque to clients: a scope tag and the last change sequence number
 * they hold. Anything that does not decode is unknown, and the server answers `reset`.
 */
export function encodeCursor(scope: string, seq: number): string {
	return `${scope}.${seq.toString(36)}`;
}

export function decodeCursor(scope: string, cursor: string): number | null {
	const match = /^([a-z]+)\.([0-9a-z]{1,12})$/.exec(cursor);
	if (!match || match[1] !== scope) return null;
	const seq = parseInt(match[2]!, 36);
	return Number.isSafeInteger(seq) ? seq : null;
}

/**
 * The cursor of `cursor`'s scope at another sequence number: where a download that received
 * changes up to `seq` stopped (the directory snapshot carries each entry's `seq`). Null when
 * `cursor` is not one.
 */
export function cursorAt(cursor: string, seq: number): string | null {
	const match = /^([a-z]+)\.[0-9a-z]{1,12}$/.exec(cursor);
	return match && Number.isSafeInteger(seq) && seq >= 0 ? encodeCursor(match[1]!, seq) : null;
}
