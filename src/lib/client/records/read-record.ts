import type { z } from 'zod';
import { recordFields, type RecordFields } from '$lib/domain/schemas/record-fields';
import { sensitiveFields, type RecordTable } from '$lib/domain/sensitive-fields';
import { decryptFields } from '../crypto/fields';
import type { RowMeta, StoredRow } from '../db/rec-db';

/** A record read back for a screen: its fields typed by table, its free text decrypted. */
export type ReadRecord<T extends RecordTable> = RowMeta & RecordFields<T>;

/**
 * Decrypts a stored row's free text and checks it against the table's schema: the clear
 * fields are typed by the store, and what comes out of decryption is checked, not asserted.
 */
export async function readRecord<T extends RecordTable>(
	key: CryptoKey,
	table: T,
	row: StoredRow<T>
): Promise<ReadRecord<T>> {
	const stored: Record<string, unknown> = row;
	const names = sensitiveFields[table].filter((name: string) => name in stored);
	const plain = await decryptFields(key, stored, names);
	const mask: Record<string, true> = Object.fromEntries(names.map((name) => [name, true]));
	const schema: z.ZodObject = recordFields[table];
	const text = schema.pick(mask).parse(plain);
	return { ...row, ...text } as ReadRecord<T>;
}
