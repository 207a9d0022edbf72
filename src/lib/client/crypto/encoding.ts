// Base64 for the bytes we persist: strings survive JSON, IndexedDB and the sync payload alike.

// Native in browsers since 2025 (Chromium 140, Firefox 133, Safari 18.2) and many times faster
// than the loops below, which remain for the rest (Node 20, where the unit tests run).
const nativeToBase64 = (
	Uint8Array.prototype as Uint8Array & { toBase64?: (this: Uint8Array) => string }
).toBase64;
const nativeFromBase64 = (
	Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> }
).fromBase64;

export function toBase64(data: ArrayBuffer | Uint8Array): string {
	const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
	if (nativeToBase64) return nativeToBase64.call(bytes);
	let binary = '';
	// Chunks keep String.fromCharCode's argument list well under engine limits for large fields.
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}

/** Throws on anything that is not base64, so corrupt stored material fails loudly. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	if (nativeFromBase64) return nativeFromBase64(text);
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
	return globalThis.crypto.getRandomValues(new Uint8Array(length));
}
