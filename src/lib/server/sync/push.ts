import type { Kysely, Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '$lib/domain/roles';
import { mergeFields, type FieldStamp } from '$lib/domain/sync/merge';
import {
	classifyMid,
	type Mutation,
	type MutationResult,
	type PushRequest,
	type PushResponse
} from '$lib/domain/sync/protocol';
import { audit } from '../audit';
import { reserveSeq } from '../db/counters';
import type { Database } from '../db/schema';
import { isRecordKind, mayWriteRecord, recordSchemas } from './record-kinds';

type Trx = Transaction<Database>;

class Rejection extends Error {}

/**
 * Applies a device's mutations in one transaction (DESIGN.md): duplicates are skipped, a gap
 * stops the batch, each applied change gets a version and a sequence number, conflicting
 * fields go to sync_conflicts, and refused mutations go to quarantine — still advancing the
 * device's last mutation id, so its queue never blocks and nothing vanishes silently.
 */
export async function applyPush(
	db: Kysely<Database>,
	actor: Actor,
	push: PushRequest
): Promise<PushResponse> {
	return db.transaction().execute(async (trx) => {
		const client = await trx
			.selectFrom('sync_clients')
			.select(['user_id', 'last_mid'])
			.where('client_id', '=', push.clientId)
			.executeTakeFirst();
		let lastMid = client ? Number(client.last_mid) : 0;
		const results: MutationResult[] = [];

		for (const mutation of push.mutations) {
			const kind = classifyMid(mutation.mid, lastMid);
			if (kind === 'duplicate') {
				results.push({ mid: mutation.mid, status: 'duplicate' });
				continue;
			}
			if (kind === 'gap') break;
			results.push(await applyOne(trx, actor, push.clientId, mutation));
			lastMid = mutation.mid;
		}

		const now = new Date().toISOString();
		await trx
			.insertInto('sync_clients')
			.values({
				client_id: push.clientId,
				user_id: actor.userId,
				last_mid: lastMid,
				updated_at: now
			})
			.onConflict((oc) =>
				oc.column('client_id').doUpdateSet({ last_mid: lastMid, updated_at: now })
			)
			.execute();
		await trx
			.updateTable('devices')
			.set({ last_sync_at: now })
			.where('client_id', '=', push.clientId)
			.execute();
		return { lastMutationId: lastMid, serverTime: now, results };
	});
}

async function applyOne(
	trx: Trx,
	actor: Actor,
	clientId: string,
	mutation: Mutation
): Promise<MutationResult> {
	try {
		return await writeRecord(trx, actor, clientId, mutation);
	} catch (error) {
		if (!(error instanceof Rejection)) throw error;
		await trx
			.insertInto('sync_quarantine')
			.values({
				id: uuidv7(),
				client_id: clientId,
				user_id: actor.userId,
				mid: mutation.mid,
				reason: error.message,
				mutation: JSON.stringify(mutation),
				created_at: new Date().toISOString()
			})
			.execute();
		return { mid: mutation.mid, status: 'rejected', error: error.message };
	}
}

async function writeRecord(
	trx: Trx,
	actor: Actor,
	clientId: string,
	mutation: Mutation
): Promise<MutationResult> {
	if (!isRecordKind(mutation.table)) throw new Rejection(`unknown table ${mutation.table}`);
	const schema = recordSchemas[mutation.table];
	const existing = await trx
		.selectFrom('records')
		.selectAll()
		.where('id', '=', mutation.id)
		.executeTakeFirst();
	if (existing && existing.kind !== mutation.table)
		throw new Rejection('id belongs to another table');
	// An edit after a delete is quarantined: it never brings the row back.
	if (existing?.deleted) throw new Rejection('the record has been deleted');

	const seq = await reserveSeq(trx);
	const now = new Date().toISOString();

	if (!existing) {
		if (mutation.op !== 'insert') throw new Rejection('no such record');
		const fields = { ...mutation.fields, createdBy: actor.userId };
		const parsed = schema.safeParse(fields);
		if (!parsed.success) throw new Rejection(`invalid: ${describe(parsed.error.issues)}`);
		// New records belong to the creator's own county; only admins file them elsewhere.
		if (actor.role !== 'admin' && parsed.data.countyId !== actor.countyId) {
			throw new Rejection('not allowed for this county');
		}
		const stamps: Record<string, FieldStamp> = Object.fromEntries(
			Object.keys(parsed.data).map((field) => [field, { version: 1, clientId }])
		);
		await trx
			.insertInto('records')
			.values({
				id: mutation.id,
				kind: mutation.table,
				owner_id: actor.userId,
				county_id: parsed.data.countyId,
				version: 1,
				seq,
				updated_at: now,
				data: JSON.stringify(parsed.data),
				stamps: JSON.stringify(stamps)
			})
			.execute();
		await audit(trx, {
			actorId: actor.userId,
			action: 'record.write',
			clientId,
			recordTable: mutation.table,
			recordId: mutation.id,
			fields: Object.keys(parsed.data)
		});
		return { mid: mutation.mid, status: 'applied', version: 1 };
	}

	const owner = { ownerId: existing.owner_id, countyId: existing.county_id };
	if (!mayWriteRecord(actor, owner)) throw new Rejection('not allowed to change this record');

	if (mutation.op === 'delete') {
		await trx
			.updateTable('records')
			.set({ deleted: 1, data: null, version: existing.version + 1, seq, updated_at: now })
			.where('id', '=', mutation.id)
			.execute();
		await audit(trx, {
			actorId: actor.userId,
			action: 'record.write',
			clientId,
			recordTable: mutation.table,
			recordId: mutation.id,
			fields: ['deleted']
		});
		return { mid: mutation.mid, status: 'applied', version: existing.version + 1 };
	}

	// Ownership and creation facts are the server's, never a device's to change.
	const { createdBy: _createdBy, countyId: _countyId, ...patch } = mutation.fields;
	const partial = schema.partial().strict().safeParse(patch);
	if (!partial.success) throw new Rejection(`invalid: ${describe(partial.error.issues)}`);
	const merged = mergeFields(
		{
			version: existing.version,
			fields: JSON.parse(existing.data ?? '{}'),
			stamps: JSON.parse(existing.stamps)
		},
		mutation.baseVersion ?? 0,
		partial.data,
		clientId
	);
	for (const conflict of merged.conflicts) {
		await trx
			.insertInto('sync_conflicts')
			.values({
				id: uuidv7(),
				record_id: mutation.id,
				kind: mutation.table,
				field: conflict.field,
				client_id: clientId,
				user_id: actor.userId,
				client_value: JSON.stringify(conflict.clientValue),
				server_value: JSON.stringify(conflict.serverValue),
				server_version: conflict.serverVersion,
				created_at: now
			})
			.execute();
	}
	if (merged.applied.length > 0 || merged.conflicts.length > 0) {
		await trx
			.updateTable('records')
			.set({
				version: merged.row.version,
				seq,
				updated_at: now,
				data: JSON.stringify(merged.row.fields),
				stamps: JSON.stringify(merged.row.stamps),
				flagged: merged.conflicts.length > 0 ? 1 : existing.flagged
			})
			.where('id', '=', mutation.id)
			.execute();
	}
	if (merged.applied.length > 0) {
		await audit(trx, {
			actorId: actor.userId,
			action: 'record.write',
			clientId,
			recordTable: mutation.table,
			recordId: mutation.id,
			fields: merged.applied
		});
	}
	return merged.conflicts.length > 0
		? {
				mid: mutation.mid,
				status: 'conflict',
				version: merged.row.version,
				conflicts: merged.conflicts.map((conflict) => conflict.field)
			}
		: { mid: mutation.mid, status: 'applied', version: merged.row.version };
}

function describe(issues: { path: PropertyKey[]; message: string }[]): string {
	return issues
		.slice(0, 5)
		.map((issue) => `${issue.path.map(String).join('.') || '(record)'}: ${issue.message}`)
		.join('; ');
}
