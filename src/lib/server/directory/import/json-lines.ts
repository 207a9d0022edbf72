import type { ImportIssue } from './types';

/**
 * The line on which each element of a JSON file's list starts: the top-level array, or the
 * array under the top-level key `listKey` (HSDS's paged `contents`). JSON.parse keeps no
 * positions, so a small scan over strings and brackets finds them. A lone object is one element.
 */
export function elementLines(text: string, listKey = 'contents'): number[] {
	const lines: number[] = [];
	let line = 1;
	let depth = 0;
	let inString = false;
	let escaped = false;
	let stringStart = 0;
	let lastString = '';
	let rootKey = '';
	let rootIsObject = false;
	let rootLine = 1;
	let listDepth = -1;
	let awaitingElement = false;

	for (let index = 0; index < text.length; index++) {
		const char = text[index]!;
		if (char === '\n') line++;
		if (inString) {
			if (escaped) escaped = false;
			else if (char === '\\') escaped = true;
			else if (char === '"') {
				inString = false;
				lastString = text.slice(stringStart, index);
			}
			continue;
		}
		if (/\s/.test(char)) continue;
		if (depth === listDepth && awaitingElement && char !== ']') {
			lines.push(line);
			awaitingElement = false;
		}
		if (char === '"') {
			inString = true;
			stringStart = index + 1;
		} else if (char === ':' && depth === 1) {
			rootKey = lastString;
		} else if (char === ',' && depth === listDepth) {
			awaitingElement = true;
		} else if (char === '[' || char === '{') {
			depth++;
			if (depth === 1) {
				rootIsObject = char === '{';
				rootLine = line;
				if (char === '[') [listDepth, awaitingElement] = [1, true];
			} else if (depth === 2 && char === '[' && rootIsObject && rootKey === listKey) {
				[listDepth, awaitingElement] = [2, true];
			}
		} else if (char === ']' || char === '}') {
			if (depth === listDepth && char === ']') return lines;
			depth--;
		}
	}
	return rootIsObject && listDepth < 0 ? [rootLine] : lines;
}

/** The line of a JSON.parse failure, from the position its message names (else 1). */
export function syntaxErrorLine(text: string, error: unknown): number {
	const message = error instanceof Error ? error.message : '';
	const lineNamed = /line (\d+)/.exec(message);
	if (lineNamed) return Number(lineNamed[1]);
	const position = /position (\d+)/.exec(message);
	if (!position) return 1;
	return text.slice(0, Number(position[1])).split('\n').length;
}

/**
 * A file's JSON (after any byte-order mark), or the problem that it is not JSON, on the line
 * where the parser stopped. `source` is the text the lines of `elementLines` refer to.
 */
export function readJson(
	text: string
): { source: string; json: unknown; error?: undefined } | { source: string; error: ImportIssue } {
	const source = text.replace(/^\uFEFF/, '');
	try {
		return { source, json: JSON.parse(source) };
	} catch (error) {
		const line = syntaxErrorLine(source, error);
		return { source, error: { line, field: '', message: 'not valid JSON' } };
	}
}
