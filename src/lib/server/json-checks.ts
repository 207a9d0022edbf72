/**
 * Checks of what a client sent, made before anything else walks it: how deep it nests, and
 * whether its text holds U+0000 (which PostgreSQL cannot store in text). Both walk without
 * recursion, so no input can overflow the stack; and text copied from a request into a row
 * (a quarantine reason) is made safe to store.
 */

/**
 * How deep a JSON body may nest. No body the API takes goes past a handful of levels; code that
 * walks a value (zod, the U+0000 check, JSON.stringify) must never meet 10 000 levels.
 */
export const MAX_JSON_DEPTH = 32;

/** Whether a parsed JSON value nests deeper than `limit` levels; walked without recursion. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
	if (value === null || typeof value !== 'object') return false;
	const stack: [object, number][] = [[value, 1]];
	while (stack.length > 0) {
		const [item, depth] = stack.pop()!;
		if (depth > limit) return true;
		for (const child of Object.values(item)) {
			if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
		}
	}
	return false;
}

/**
 * Whether any text in a value — a string, or the name of an object's field — holds U+0000.
 * Walked without recursion (however deep), and not into the objects in `skip`.
 */
export function holdsNul(value: unknown, skip: ReadonlySet<unknown> = new Set()): boolean {
	const stack: unknown[] = [value];
	while (stack.length > 0) {
		const item = stack.pop();
		if (typeof item === 'string') {
			if (item.includes('\0')) return true;
		} else if (item !== null && typeof item === 'object' && !skip.has(item)) {
			for (const [key, child] of Object.entries(item)) {
				if (key.includes('\0')) return true;
				stack.push(child);
			}
		}
	}
	return false;
}

// eslint-disable-next-line no-control-regex -- the control characters are what it finds
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** The longest reason a refused change keeps (the client's text in it is cut to fit). */
export const MAX_REASON_LENGTH = 500;

/**
 * Text made from a client's input, safe to store whatever it held: U+0000 and other control
 * characters shown as U+FFFD, lone surrogates replaced, and cut to `max` characters.
 */
export function storableText(text: string, max = MAX_REASON_LENGTH): string {
	const clean = text.replace(CONTROL, '\uFFFD');
	const cut = clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
	return cut.toWellFormed();
}
