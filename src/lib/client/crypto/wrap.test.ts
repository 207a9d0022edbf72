import { describe, expect, it } from 'vitest';
import { decryptField, encryptField } from './fields';
import { WeakKdfError } from './kdf';
import {
	generateDataKey,
	UnlockedKey,
	unwrapWithSecret,
	WrongSecretError,
	wrapWithSecret
} from './wrap';

const kdf = { iterations: 1000, insecureTestIterations: true } as const;

describe('key wrapping', () => {
	it('opens a wrap with the right secret only', async () => {
		const dataKey = await generateDataKey();
		const stored = await wrapWithSecret(dataKey, '246810', kdf);
		expect(stored.iterations).toBe(1000);
		const opened = await UnlockedKey.open(stored, '246810', kdf);
		const field = await encryptField(dataKey, 'sama avain');
		expect(await decryptField(opened.key, field)).toBe('sama avain');
		await expect(UnlockedKey.open(stored, '246811', kdf)).rejects.toThrow(WrongSecretError);
	});

	it('uses a fresh 16-byte salt for every wrap', async () => {
		const dataKey = await generateDataKey();
		const a = await wrapWithSecret(dataKey, 'salasana', kdf);
		const b = await wrapWithSecret(dataKey, 'salasana', kdf);
		expect(atob(a.salt)).toHaveLength(16);
		expect(a.salt).not.toBe(b.salt);
		expect(a.wrapped).not.toBe(b.wrapped);
	});

	it('keeps the unlocked key non-extractable', async () => {
		const stored = await wrapWithSecret(await generateDataKey(), '135790', kdf);
		const { key } = await UnlockedKey.open(stored, '135790', kdf);
		expect(key.extractable).toBe(false);
		await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
		await expect(crypto.subtle.exportKey('jwk', key)).rejects.toThrow();
	});

	it('re-wraps the same data key under a new secret', async () => {
		const unlocked = await UnlockedKey.from(await generateDataKey());
		const rewrapped = await unlocked.rewrap('uusi-salasana', kdf);
		const reopened = await unwrapWithSecret(rewrapped, 'uusi-salasana', false, kdf);
		const field = await encryptField(unlocked.key, { note: 'muistiinpano' });
		expect(await decryptField(reopened, field)).toEqual({ note: 'muistiinpano' });
	});

	it('refuses material below the iteration floor unless testing', async () => {
		const stored = await wrapWithSecret(await generateDataKey(), '112233', kdf);
		await expect(UnlockedKey.open(stored, '112233')).rejects.toThrow(WeakKdfError);
		await expect(
			wrapWithSecret(await generateDataKey(), '112233', { iterations: 1000 })
		).rejects.toThrow(WeakKdfError);
	});
});
