import { z } from 'zod';

/** Fewest digits a device PIN may have (product rule: at least six). */
export const PIN_MIN_LENGTH = 6;

/**
 * The PIN that unlocks this device's data. ASCII digits only, so every phone keypad can type it
 * and its bytes never depend on the keyboard or Unicode normalisation.
 */
export const Pin = z
	.string()
	.regex(/^[0-9]*$/, 'digits-only')
	.min(PIN_MIN_LENGTH, 'too-short');
export type Pin = z.infer<typeof Pin>;

export function isPin(value: unknown): value is Pin {
	return Pin.safeParse(value).success;
}
