import { isPin } from '$lib/domain/pin';

export type DeviceLockErrorCode =
	'invalid-pin' | 'invalid-password' | 'locked' | 'no-key' | 'key-exists';

/** A misuse the UI can name: `code` maps to a message. A wrong secret is a result, not this. */
export class DeviceLockError extends Error {
	readonly code: DeviceLockErrorCode;

	constructor(code: DeviceLockErrorCode) {
		super(`Device lock: ${code}`);
		this.name = 'DeviceLockError';
		this.code = code;
	}
}

/** A PIN that is not one (domain/pin.ts) is refused before any key operation. */
export function checkPin(pin: string): void {
	if (!isPin(pin)) throw new DeviceLockError('invalid-pin');
}

export function checkPassword(password: string): void {
	if (typeof password !== 'string' || password.length === 0) {
		throw new DeviceLockError('invalid-password');
	}
}
