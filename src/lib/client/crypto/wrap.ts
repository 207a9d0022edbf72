import { fromBase64, randomBytes, toBase64 } from './encoding';
import { deriveWrappingKey, iterationsFor, SALT_BYTES, type KdfOptions } from './kdf';

/** The data key as stored: wrapped with AES-KW under a key derived from one secret. */
export interface WrappedKey {
	/** base64, 16 random bytes, new for every wrap */
	salt: string;
	/** base64; AES-KW needs no IV, the field is kept for a future AES-GCM wrap */
	iv?: string;
	/** base64 AES-KW output */
	wrapped: string;
	iterations: number;
}

const DATA_KEY: AesKeyGenParams = { name: 'AES-GCM', length: 256 };
const DATA_KEY_USAGES: KeyUsage[] = ['encrypt', 'decrypt'];

/** The PIN or password did not open the wrap (AES-KW's integrity check failed). */
export class WrongSecretError extends Error {
	constructor() {
		super('The PIN or password does not match');
		this.name = 'WrongSecretError';
	}
}

/**
 * A new random data key. It is extractable only so it can be wrapped; callers keep the
 * non-extractable copy from `UnlockedKey` and let this one go.
 */
export function generateDataKey(): Promise<CryptoKey> {
	return globalThis.crypto.subtle.generateKey(DATA_KEY, true, DATA_KEY_USAGES);
}

export async function wrapWithSecret(
	dataKey: CryptoKey,
	secret: string,
	options: KdfOptions = {}
): Promise<WrappedKey> {
	const iterations = iterationsFor(options);
	const salt = randomBytes(SALT_BYTES);
	const kek = await deriveWrappingKey(secret, salt, iterations, options);
	const wrapped = await globalThis.crypto.subtle.wrapKey('raw', dataKey, kek, 'AES-KW');
	return { salt: toBase64(salt), wrapped: toBase64(wrapped), iterations };
}

/** Opens a wrap; `extractable` is true only for the moment a key must be wrapped again. */
export async function unwrapWithSecret(
	stored: WrappedKey,
	secret: string,
	extractable: boolean,
	options: KdfOptions = {}
): Promise<CryptoKey> {
	const kek = await deriveWrappingKey(secret, fromBase64(stored.salt), stored.iterations, options);
	try {
		return await globalThis.crypto.subtle.unwrapKey(
			'raw',
			fromBase64(stored.wrapped),
			kek,
			'AES-KW',
			DATA_KEY,
			extractable,
			DATA_KEY_USAGES
		);
	} catch {
		throw new WrongSecretError();
	}
}

/**
 * An unlocked data key. `key` is non-extractable; to wrap it again under a new PIN or password
 * (which Web Crypto only does for extractable keys) it also keeps the key wrapped under a random
 * session key that never leaves memory, and unwraps from that for an instant.
 */
export class UnlockedKey {
	readonly key: CryptoKey;
	readonly #sessionKek: CryptoKey;
	readonly #sessionWrapped: ArrayBuffer;

	private constructor(key: CryptoKey, sessionKek: CryptoKey, sessionWrapped: ArrayBuffer) {
		this.key = key;
		this.#sessionKek = sessionKek;
		this.#sessionWrapped = sessionWrapped;
	}

	/** Takes an extractable data key; the caller drops its own reference afterwards. */
	static async from(extractableKey: CryptoKey): Promise<UnlockedKey> {
		const subtle = globalThis.crypto.subtle;
		const sessionKek = await subtle.generateKey({ name: 'AES-KW', length: 256 }, false, [
			'wrapKey',
			'unwrapKey'
		]);
		const sessionWrapped = await subtle.wrapKey('raw', extractableKey, sessionKek, 'AES-KW');
		const key = await subtle.unwrapKey(
			'raw',
			sessionWrapped,
			sessionKek,
			'AES-KW',
			DATA_KEY,
			false,
			DATA_KEY_USAGES
		);
		return new UnlockedKey(key, sessionKek, sessionWrapped);
	}

	/** Opens a stored wrap with its secret. Throws `WrongSecretError` if the secret is wrong. */
	static async open(
		stored: WrappedKey,
		secret: string,
		options: KdfOptions = {}
	): Promise<UnlockedKey> {
		return UnlockedKey.from(await unwrapWithSecret(stored, secret, true, options));
	}

	/** The same data key wrapped under a new secret, with a fresh salt. */
	async rewrap(secret: string, options: KdfOptions = {}): Promise<WrappedKey> {
		const extractable = await globalThis.crypto.subtle.unwrapKey(
			'raw',
			this.#sessionWrapped,
			this.#sessionKek,
			'AES-KW',
			DATA_KEY,
			true,
			DATA_KEY_USAGES
		);
		return wrapWithSecret(extractable, secret, options);
	}
}
