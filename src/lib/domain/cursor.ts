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
