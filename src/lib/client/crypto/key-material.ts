import { isPlainObject } from '$lib/domain/plain-object';
import type { WrappedKey } from './wrap';

/** Wrong PINs in a row after which the PIN wrap is removed and the password is needed. */
export const MAX_PIN_ATTEMPTS = 5;

/**
 * Everything stored about the device key: the data key wrapped by the PIN (until too many wrong
 * tries) and by the account password (always; losing it would lose unsent data).
 */
export interface KeyMaterial {
	version: 1;
	pin?: WrappedKey;
	password: WrappedKey;
	failedPinAttempts: number;
}

// A hand-written check rather than a zod schema: it runs before the app opens, and keeping a
// validation library out of the staff app's first load keeps that load small.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const isBase64 = (value: unknown, allowEmpty = false): value is string =>
	typeof value === 'string' && BASE64.test(value) && (allowEmpty || value.length > 0);

function isWrappedKey(value: unknown): value is WrappedKey {
	return (
		isPlainObject(value) &&
		isBase64(value.salt) &&
		(value.iv === undefined || isBase64(value.iv, true)) &&
		isBase64(value.wrapped) &&
		Number.isInteger(value.iterations) &&
		(value.iterations as number) > 0
	);
}

/** Whether `value` is well-formed key material (anything else is damaged, never "no key"). */
export function isKeyMaterial(value: unknown): value is KeyMaterial {
	return (
		isPlainObject(value) &&
		value.version === 1 &&
		(value.pin === undefined || isWrappedKey(value.pin)) &&
		isWrappedKey(value.password) &&
		Number.isInteger(value.failedPinAttempts) &&
		(value.failedPinAttempts as number) >= 0 &&
		(value.failedPinAttempts as number) <= MAX_PIN_ATTEMPTS
	);
}

/** The material itself when well-formed; throws otherwise. */
export function checkKeyMaterial(value: unknown): KeyMaterial {
	if (!isKeyMaterial(value)) throw new Error('Stored device key material is damaged');
	return value;
}
