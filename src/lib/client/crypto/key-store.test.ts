import 'fake-indexeddb/auto';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { RecDb } from '$lib/client/db/rec-db';
import { openRecDb } from '$lib/client/db/rec-source';
import type { KeyMaterial } from './key-material';
import { DEVICE_KEY_META, MemoryKeyStore, RecDbKeyStore } from './key-store';

const material: KeyMaterial = {
	version: 1,
	pin: { salt: 'c2FsdHNhbHRzYWx0c2FsdA==', wrapped: 'd3JhcHBlZA==', iterations: 600_000 },
	password: { salt: 'cGFzc3NhbHRwYXNzc2FsdA==', wrapped: 'd3JhcHBlZDI=', iterations: 600_000 },
	failedPinAttempts: 2
};

describe('RecDbKeyStore', () => {
	let db: RecDb;
	afterEach(async () => {
		await db.delete();
	});

	it('saves, loads and clears the material under meta "deviceKey"', async () => {
		db = new RecDb(`test-${uuidv7()}`);
		const store = new RecDbKeyStore(openRecDb(db));
		expect(await store.load()).toBeUndefined();
		await store.save(material);
		expect(await store.load()).toEqual(material);
		expect((await db.meta.get(DEVICE_KEY_META))?.value).toEqual(material);
		await store.clear();
		expect(await store.load()).toBeUndefined();
	});

	it('throws on damaged material instead of reading it as "no key"', async () => {
		db = new RecDb(`test-${uuidv7()}`);
		await db.meta.put({ key: DEVICE_KEY_META, value: { version: 1, failedPinAttempts: 0 } });
		await expect(new RecDbKeyStore(openRecDb(db)).load()).rejects.toThrow(/damaged/);
	});

	it('refuses to save invalid material', async () => {
		db = new RecDb(`test-${uuidv7()}`);
		const bad = { ...material, failedPinAttempts: -1 };
		await expect(new RecDbKeyStore(openRecDb(db)).save(bad)).rejects.toThrow();
		expect(await db.meta.get(DEVICE_KEY_META)).toBeUndefined();
	});
});

describe('MemoryKeyStore', () => {
	it('keeps a copy, not the caller’s object', async () => {
		const store = new MemoryKeyStore();
		const mine = structuredClone(material);
		await store.save(mine);
		mine.failedPinAttempts = 4;
		const loaded = await store.load();
		expect(loaded?.failedPinAttempts).toBe(2);
		await store.clear();
		expect(await store.load()).toBeUndefined();
	});
});
