import type { Kysely } from 'kysely';
import type { ConflictView, PersonRef } from '$lib/domain/api/sync';
import type { Actor } from '$lib/domain/roles';
import type { FieldStamp } from '$lib/domain/sync/merge';
import type { Mutation } from '$lib/domain/sync/protocol';
import { audit } from '../audit';
import type { Database } from '../db/schema';
import type { Trx } from './push-writer';

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
			table: row.kind as ConflictView['table'],
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

/**
 * Marks the record's open conflicts on the fields a person settled as resolved: 'mine' when
 * the change carries a value for the field, 'theirs' when it keeps the server's.
 * Answers whether anything was settled.
 */
export async function settleConflicts(
	trx: Trx,
	actor: Actor,
	mutation: Mutation,
	now: string
): Promise<boolean> {
	if (!mutation.resolves?.length) return false;
	let settled = false;
	for (const field of mutation.resolves) {
		const result = await trx
			.updateTable('sync_conflicts')
			.set({
				resolved_at: now,
				resolved_by: actor.userId,
				resolution: field in mutation.fields ? 'mine' : 'theirs'
			})
			.where('record_id', '=', mutation.id)
			.where('field', '=', field)
			.where('resolved_at', 'is', null)
			.executeTakeFirst();
		if (Number(result.numUpdatedRows) > 0) settled = true;
	}
	return settled;
}

/** Whether the record still has a conflict nobody has settled. */
export async function hasOpenConflicts(trx: Trx, recordId: string): Promise<boolean> {
	const open = await trx
		.selectFrom('sync_conflicts')
		.select('id')
		.where('record_id', '=', recordId)
		.where('resolved_at', 'is', null)
		.limit(1)
		.executeTakeFirst();
	return !!open;
}
