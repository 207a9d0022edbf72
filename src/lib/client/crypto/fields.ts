import { fromBase64, randomBytes, toBase64 } from './encoding';

/** One encrypted value as stored in `rec`: JSON-serialisable, versioned for a future format. */
export interface EncryptedField {
	v: 1;
	/** base64, 12 random bytes, new for every encryption */
	iv: string;
	/** base64 AES-GCM ciphertext with its tag */
	ct: string;
}

/** A record whose fields `K` have been replaced by their encrypted form. */
export type WithEncrypted<T, K extends keyof T> = Omit<T, K> & {
	[P in K]: EncryptedField | Extract<T[P], undefined>;
};
/** A record whose fields `K` have been decrypted; check their values (zod) before use. */
export type WithDecrypted<T, K extends keyof T> = Omit<T, K> & { [P in K]: unknown };

const IV_BYTES = 12;
/** IVs per call to the system's randomness: a first sync encrypts some 10 000 fields. */
const IVS_AT_ONCE = 1024;
let ivPool = new Uint8Array(0);
let ivAt = 0;

/** A new random IV, cut from a block drawn for many at once; never handed out twice. */
function freshIv(): Uint8Array<ArrayBuffer> {
	if (ivAt + IV_BYTES > ivPool.length) {
		ivPool = randomBytes(IV_BYTES * IVS_AT_ONCE);
		ivAt = 0;
	}
	const iv = ivPool.slice(ivAt, ivAt + IV_BYTES);
	ivAt += IV_BYTES;
	return iv;
}

const encoder = new TextEncoder();

/** The key is wrong or the stored value was altered (AES-GCM authentication failed). */
export class DecryptError extends Error {
	constructor(cause?: unknown) {
		super('The field could not be decrypted', { cause });
		this.name = 'DecryptError';
	}
}

export function isEncryptedField(value: unknown): value is EncryptedField {
	if (typeof value !== 'object' || value === null) return false;
	const field = value as Record<string, unknown>;
	return (
		field.v === 1 &&
		typeof field.iv === 'string' &&
		typeof field.ct === 'string' &&
		Object.keys(field).length === 3
	);
}

export async function encryptField(key: CryptoKey, value: unknown): Promise<EncryptedField> {
	const json = JSON.stringify(value);
	// undefined, functions and symbols have no JSON form; storing nothing would read back wrong.
	if (json === undefined) throw new TypeError('Only JSON-serialisable values can be encrypted');
	const iv = freshIv();
	const ct = await globalThis.crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv },
		key,
		encoder.encode(json)
	);
	return { v: 1, iv: toBase64(iv), ct: toBase64(ct) };
}

export async function decryptField(key: CryptoKey, field: EncryptedField): Promise<unknown> {
	if (!isEncryptedField(field)) throw new DecryptError('not an encrypted field');
	let plain: ArrayBuffer;
	try {
		plain = await globalThis.crypto.subtle.decrypt(
			{ name: 'AES-GCM', iv: fromBase64(field.iv) },
			key,
			fromBase64(field.ct)
		);
	} catch (error) {
		throw new DecryptError(error);
	}
	return JSON.parse(new TextDecoder().decode(plain));
}

/**
 * Encrypts the named fields and copies the rest (ids, dates, status, codes) in clear, so sync
 * and indexes still work. Absent or undefined fields stay absent.
 */
export async function encryptFields<T extends object, K extends keyof T & string>(
	key: CryptoKey,
	record: T,
	fieldNames: readonly K[]
): Promise<WithEncrypted<T, K>> {
	const out = { ...record } as Record<string, unknown>;
	for (const name of fieldNames) {
		const value = out[name];
		if (value === undefined) continue;
		// Encrypting twice would make the value unreadable after one decryption.
		if (isEncryptedField(value)) throw new TypeError(`Field ${name} is already encrypted`);
		out[name] = await encryptField(key, value);
	}
	return out as WithEncrypted<T, K>;
}

/** Decrypts the named fields; a named field holding plain text is an error, not passed through. */
export async function decryptFields<T extends object, K extends keyof T & string>(
	key: CryptoKey,
	record: T,
	fieldNames: readonly K[]
): Promise<WithDecrypted<T, K>> {
	const out = { ...record } as Record<string, unknown>;
	for (const name of fieldNames) {
		const value = out[name];
		if (value === undefined) continue;
		if (!isEncryptedField(value)) throw new DecryptError(`field ${name} is not encrypted`);
		out[name] = await decryptField(key, value);
	}
	return out as WithDecrypted<T, K>;
}
