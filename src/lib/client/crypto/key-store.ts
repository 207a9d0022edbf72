import { recDbExists, type RecDbSource } from '$lib/client/db/rec-source';
import { checkKeyMaterial, type KeyMaterial } from './key-material';

export type { KeyMaterial } from './key-material';

/** Where the wrapped device key lives between sessions. */
export interface KeyMaterialStore {
	load(): Promise<KeyMaterial | undefined>;
	save(material: KeyMaterial): Promise<void>;
	clear(): Promise<void>;
}

export const DEVICE_KEY_META = 'deviceKey';

/**
 * Parses what was stored. A damaged record throws instead of reading as "no key": that would
 * offer a fresh setup, and a new key could never read the data encrypted with the old one.
 */
function parse(value: unknown): KeyMaterial | undefined {
	if (value === undefined) return undefined;
	return checkKeyMaterial(value);
}

/** Keeps the material in the `rec` database's `meta` table, beside the data it protects. */
export class RecDbKeyStore implements KeyMaterialStore {
	readonly #db: RecDbSource;

	constructor(db: RecDbSource) {
		this.#db = db;
	}

	async load(): Promise<KeyMaterial | undefined> {
		if (!(await recDbExists(this.#db))) return undefined;
		const row = await (await this.#db.open()).meta.get(DEVICE_KEY_META);
		return parse(row?.value);
	}

	async save(material: KeyMaterial): Promise<void> {
		await (
			await this.#db.open()
		).meta.put({ key: DEVICE_KEY_META, value: checkKeyMaterial(material) });
	}

	async clear(): Promise<void> {
		await (await this.#db.open()).meta.delete(DEVICE_KEY_META);
	}
}

/** Keeps the material in memory only: for tests. */
export class MemoryKeyStore implements KeyMaterialStore {
	#value: unknown;

	async load(): Promise<KeyMaterial | undefined> {
		return parse(structuredClone(this.#value));
	}

	async save(material: KeyMaterial): Promise<void> {
		this.#value = structuredClone(checkKeyMaterial(material));
	}

	async clear(): Promise<void> {
		this.#value = undefined;
	}
}
