import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	decryptField,
	decryptFields,
	DecryptError,
	encryptField,
	encryptFields,
	isEncryptedField,
	type EncryptedField
} from './fields';
import { generateDataKey, UnlockedKey } from './wrap';

let key: CryptoKey;
beforeAll(async () => {
	key = (await UnlockedKey.from(await generateDataKey())).key;
});

describe('field encryption', () => {
	it('round-trips JSON values', async () => {
		await fc.assert(
			fc.asyncProperty(fc.jsonValue(), async (value) => {
				const field = await encryptField(key, value);
				expect(await decryptField(key, field)).toEqual(JSON.parse(JSON.stringify(value)));
			}),
			{ numRuns: 50 }
		);
	});

	it('stores no plaintext and survives JSON', async () => {
		const secret = 'Lapsen huoltajuusriita, isä Matti';
		const field = await encryptField(key, secret);
		const stored = JSON.stringify(field);
		expect(stored).not.toContain('Matti');
		expect(stored).not.toContain(btoa('Lapsen'));
		expect(Object.keys(field).sort()).toEqual(['ct', 'iv', 'v']);
		expect(field.v).toBe(1);
		expect(atob(field.iv)).toHaveLength(12);
		expect(await decryptField(key, JSON.parse(stored))).toBe(secret);
	});

	it('uses a fresh IV every time, so equal values look different', async () => {
		const a = await encryptField(key, 'sama');
		const b = await encryptField(key, 'sama');
		expect(a.iv).not.toBe(b.iv);
		expect(a.ct).not.toBe(b.ct);
	});

	it('never repeats an IV, across the blocks they are drawn in', async () => {
		const fields = await Promise.all(
			Array.from({ length: 2500 }, (_, n) => encryptField(key, `arvo ${n}`))
		);
		expect(new Set(fields.map((field) => field.iv)).size).toBe(2500);
		for (const [n, field] of fields.entries()) {
			expect(await decryptField(key, field)).toBe(`arvo ${n}`);
		}
	});

	it('refuses a wrong key or altered ciphertext', async () => {
		const field = await encryptField(key, 'salainen');
		const otherKey = (await UnlockedKey.from(await generateDataKey())).key;
		await expect(decryptField(otherKey, field)).rejects.toThrow(DecryptError);
		const bytes = Uint8Array.from(atob(field.ct), (c) => c.charCodeAt(0));
		bytes[0] = (bytes[0] ?? 0) ^ 1;
		const altered: EncryptedField = { ...field, ct: btoa(String.fromCharCode(...bytes)) };
		await expect(decryptField(key, altered)).rejects.toThrow(DecryptError);
	});

	it('refuses values with no JSON form', async () => {
		await expect(encryptField(key, undefined)).rejects.toThrow(TypeError);
		await expect(encryptField(key, () => 1)).rejects.toThrow(TypeError);
	});

	it('recognises encrypted fields', async () => {
		expect(isEncryptedField(await encryptField(key, 1))).toBe(true);
		for (const other of [
			null,
			'x',
			{ v: 2, iv: 'a', ct: 'b' },
			{ v: 1, iv: 'a' },
			{ v: 1, iv: 'a', ct: 'b', x: 1 }
		]) {
			expect(isEncryptedField(other)).toBe(false);
		}
	});
});

describe('record field encryption', () => {
	const record = {
		id: '0190f3a2-0000-7000-8000-000000000001',
		updatedAt: '2025-01-01T10:00:00.000Z',
		status: 'open',
		themeCodes: ['conflict'],
		note: 'Vanhemmat riitelevät tapaamisista',
		situation: { ageGroup: '7-12', detail: 'koulu' },
		extra: undefined as string | undefined
	};

	it('encrypts only the named fields and leaves ids, dates and codes in clear', async () => {
		const stored = await encryptFields(key, record, ['note', 'situation', 'extra']);
		expect(stored.id).toBe(record.id);
		expect(stored.updatedAt).toBe(record.updatedAt);
		expect(stored.status).toBe('open');
		expect(stored.themeCodes).toEqual(['conflict']);
		expect(isEncryptedField(stored.note)).toBe(true);
		expect(isEncryptedField(stored.situation)).toBe(true);
		expect(stored.extra).toBeUndefined();
		expect(JSON.stringify(stored)).not.toContain('tapaamisista');
		expect(record.note).toBe('Vanhemmat riitelevät tapaamisista');

		const back = await decryptFields(key, stored, ['note', 'situation', 'extra']);
		expect(back).toEqual(record);
	});

	it('refuses to encrypt twice or to pass plain text off as decrypted', async () => {
		const stored = await encryptFields(key, record, ['note']);
		await expect(encryptFields(key, stored, ['note'])).rejects.toThrow(/already encrypted/);
		await expect(decryptFields(key, record, ['note'])).rejects.toThrow(DecryptError);
	});
});
