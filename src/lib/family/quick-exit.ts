/**
 * Recognises the quick-exit keys: Escape, or Shift pressed three times in a row with no other
 * key between and no more than `gapMs` between presses. Pure, so it is tested without a page.
 * Escape does not leave while the reader types in a text field: many press it to close the
 * browser's suggestion list (the finder, the plan), and losing the page then is a trap.
 */
export class ExitKeys {
	#shiftTimes: number[] = [];

	constructor(private readonly gapMs = 800) {}

	/** Feed every keydown; answers whether this one asks to leave. */
	press(key: string, at: number, repeat = false, composing = false, typing = false): boolean {
		// An input method (Arabic, Chinese …) uses Escape to cancel what is being composed.
		if (composing) return false;
		if (key === 'Escape') return !typing;
		if (key !== 'Shift') {
			this.#shiftTimes = [];
			return false;
		}
		if (repeat) return false;
		const last = this.#shiftTimes.at(-1);
		this.#shiftTimes =
			last !== undefined && at - last <= this.gapMs ? [...this.#shiftTimes, at] : [at];
		if (this.#shiftTimes.length >= 3) {
			this.#shiftTimes = [];
			return true;
		}
		return false;
	}
}

/** Input types that take typed text (a checkbox or a button does not). */
const nonTextInputs = new Set([
	'button',
	'checkbox',
	'color',
	'file',
	'hidden',
	'image',
	'radio',
	'range',
	'reset',
	'submit'
]);

/** Whether keys pressed now go into a text field: an input that takes text, a textarea, a select or editable text. */
export function isTextField(
	target: { tagName?: string; type?: string; isContentEditable?: boolean } | null
): boolean {
	if (!target?.tagName) return false;
	const tag = target.tagName.toUpperCase();
	if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
	if (tag === 'INPUT') return !nonTextInputs.has((target.type ?? 'text').toLowerCase());
	return target.isContentEditable === true;
}
