/**
 * Recognises the quick-exit keys: Escape, or Shift pressed three times in a row with no other
 * key between and no more than `gapMs` between presses. Pure, so it is tested without a page.
 */
export class ExitKeys {
	#shiftTimes: number[] = [];

	constructor(private readonly gapMs = 800) {}

	/** Feed every keydown; answers whether this one asks to leave. */
	press(key: string, at: number, repeat = false, composing = false): boolean {
		// An input method (Arabic, Chinese …) uses Escape to cancel what is being composed.
		if (composing) return false;
		if (key === 'Escape') return true;
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
