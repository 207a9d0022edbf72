import type { z } from 'zod';
import { countyAccess, type Actor } from '$lib/domain/roles';
import { Contact } from '$lib/domain/schemas/contact';

/** Record tables a device may push to, each with its schema (without id, which is the row's). */
export const recordSchemas = {
	contacts: Contact.omit({ id: true })
} as const satisfies Record<string, z.ZodObject>;

export type RecordKind = keyof typeof recordSchemas;

export function isRecordKind(table: string): table is RecordKind {
	return Object.hasOwn(recordSchemas, table);
}

/**
 * Who may change a record: its owner, a coordinator of its county, an admin. Workers only
 * ever see and change their own records.
 */
export function mayWriteRecord(actor: Actor, record: { ownerId: string; countyId: string }) {
	if (record.ownerId === actor.userId) return true;
	return countyAccess(actor, record.countyId) === 'write';
}
