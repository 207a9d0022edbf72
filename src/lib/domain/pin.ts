/** Fewest digits a device PIN may have (product rule: at least six). */
export const PIN_MIN_LENGTH = 6;

/**
 * The PIN that unlocks this device's data. ASCII digits only, so every phone keypad can type it
 * and its bytes never depend on the keyboard or Unicode normalisation.
 */
export type Pin = string & { readonly __pin: unique symbol };

export type PinProblem = 'digits-only' | 'too-short';

/** What is wrong with a would-be PIN, or null when it is a valid one. */
export function pinProblem(value: unknown): PinProblem | null {
	if (typeof value !== 'string' || !/^[0-9]*$/.test(value)) return 'digits-only';
	return value.length < PIN_MIN_LENGTH ? 'too-short' : null;
}

export function isPin(value: unknown): value is Pin {
	return pinProblem(value) === null;
}
