import type { Kysely } from 'kysely';
import type { Actor } from '$lib/domain/roles';
import type { FieldStamp } from '$lib/domain/sync/merge';
import { audit } from '../audit';
import type { Database } from '../db/schema';

export interface PersonRef {
	id: string;
	/** null when the account is gone. */
	name: string | null;
}

/** One open conflict for the coordinator's review list (DESIGN.md, sync). */
export interface ConflictView {
	id: string;
	table: string;
	recordId: string;
	/** The record's version now: a resolution is based on it. */
	recordVersion: number;
	countyId: string;
	field: string;
	/** The value that stayed (plain: free text is encrypted only on devices). */
	serverValue: unknown;
	/** The value the device sent, which lost. */
	clientValue: unknown;
	/** Who sent the value that lost, and when. */
	sentBy: PersonRef;
	at: string;
	/** Who last wrote the value that stayed, when known. */
	savedBy: PersonRef | null;
}

const LIMIT = 500;

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/**
 * Open conflicts the actor settles: a coordinator's own county's records, an admin's
 * everywhere (workers see theirs on their own device). Every record shown is audited as read.
 */
export async function openConflicts(db: Kysely<Database>, actor: Actor): Promise<ConflictView[]> {
	let query = db
		.selectFrom('sync_conflicts as c')
		.innerJoin('records as r', 'r.id', 'c.record_id')
		.leftJoin('auth_user as u', 'u.id', 'c.user_id')
		.select([
			'c.id',
			'c.kind',
			'c.record_id',
			'c.field',
			'c.client_value',
			'c.server_value',
			'c.user_id',
			'c.created_at',
			'u.name as user_name',
			'r.version',
			'r.county_id',
			'r.stamps'
		])
		.where('c.resolved_at', 'is', null)
		.where('r.deleted', '=', 0);
	if (actor.role !== 'admin') query = query.where('r.county_id', '=', actor.countyId);
	const rows = await query.orderBy('c.created_at', 'desc').limit(LIMIT).execute();

	const stampOf = (row: (typeof rows)[number]) =>
		(JSON.parse(row.stamps) as Record<string, FieldStamp | undefined>)[row.field];
	const clientIds = [
		...new Set(rows.map((row) => stampOf(row)?.clientId).filter((id) => id !== undefined))
	];
	const writers = new Map<string, PersonRef>();
	if (clientIds.length > 0) {
		const found = await db
			.selectFrom('sync_clients as s')
			.leftJoin('auth_user as u', 'u.id', 's.user_id')
			.select(['s.client_id', 's.user_id', 'u.name'])
			.where('s.client_id', 'in', clientIds)
			.execute();
		for (const writer of found) {
			writers.set(writer.client_id, { id: writer.user_id, name: writer.name ?? null });
		}
	}

	for (const row of rows) {
		await audit(db, {
			actorId: actor.userId,
			action: 'record.read',
			recordTable: row.kind,
			recordId: row.record_id,
			fields: [row.field]
		});
	}

	return rows.map((row) => {
		const stamp = stampOf(row);
		return {
			id: row.id,
			table: row.kind,
			recordId: row.record_id,
			recordVersion: Number(row.version),
			countyId: row.county_id,
			field: row.field,
			serverValue: parse(row.server_value),
			clientValue: parse(row.client_value),
			sentBy: { id: row.user_id, name: row.user_name ?? null },
			at: row.created_at,
			savedBy: stamp ? (writers.get(stamp.clientId) ?? null) : null
		};
	});
}
