/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; the floor for every real key derivation. */
export const MIN_PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;

export interface KdfOptions {
	/** PBKDF2 rounds for new wraps; defaults to and may not go below 600 000. */
	iterations?: number;
	/**
	 * Lets tests use (and read material made with) fewer rounds. Refused in production builds,
	 * so a stray test option can never weaken a real device.
	 */
	insecureTestIterations?: boolean;
}

export class WeakKdfError extends Error {
	constructor(iterations: number) {
		super(`PBKDF2 with ${iterations} iterations is below the minimum of ${MIN_PBKDF2_ITERATIONS}`);
		this.name = 'WeakKdfError';
	}
}

/** The iteration count to use, after checking it against the floor. */
export function checkIterations(iterations: number, options: KdfOptions = {}): number {
	if (!Number.isSafeInteger(iterations) || iterations < 1) {
		throw new RangeError(`Invalid PBKDF2 iteration count: ${iterations}`);
	}
	if (options.insecureTestIterations && import.meta.env.PROD) {
		throw new Error('insecureTestIterations is not allowed in a production build');
	}
	if (iterations < MIN_PBKDF2_ITERATIONS && !options.insecureTestIterations) {
		throw new WeakKdfError(iterations);
	}
	return iterations;
}

export function iterationsFor(options: KdfOptions = {}): number {
	return checkIterations(options.iterations ?? MIN_PBKDF2_ITERATIONS, options);
}

/**
 * Derives a non-extractable AES-KW key from a PIN or password. NFC normalisation makes a
 * password with ä or å unlock whichever keyboard typed it.
 */
export async function deriveWrappingKey(
	secret: string,
	salt: Uint8Array<ArrayBuffer>,
	iterations: number,
	options: KdfOptions = {}
): Promise<CryptoKey> {
	checkIterations(iterations, options);
	const subtle = globalThis.crypto.subtle;
	const base = await subtle.importKey(
		'raw',
		new TextEncoder().encode(secret.normalize('NFC')),
		'PBKDF2',
		false,
		['deriveKey']
	);
	return subtle.deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		base,
		{ name: 'AES-KW', length: 256 },
		false,
		['wrapKey', 'unwrapKey']
	);
}
