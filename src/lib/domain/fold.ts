/**
 * Folds text for matching: lower case, Finnish/Swedish letters and other accents to their base
 * letters, so that "aanekoski" finds "Äänekoski". Display always keeps the original text.
 */
export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLocaleLowerCase('fi');
}

/** A stable URL-safe id from a name: "Mänttä-Vilppula" → "mantta-vilppula". */
export function slugify(text: string): string {
	return foldText(text)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
