/**
 * Tidies a phone number as people type it ("(040) 123-4567", "+358 40 123 4567") into the
 * form the directory stores: digits and single spaces, an optional leading +.
 */
export function tidyPhone(text: string): string {
	return text
		.replace(/[-()./]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Removes the apostrophe our CSV exports put before a leading =, +, - or @ (formula guard). */
export function unguard(text: string): string {
	return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}
