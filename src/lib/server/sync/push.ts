import { sql, type Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '$lib/domain/roles';
import {
	classifyMid,
	type Mutation,
	type MutationResult,
	type PushRequest,
	type PushResponse
} from '$lib/domain/sync/protocol';
import type { Database } from '../db/schema';
import { storableText } from '../json-checks';
import { currentEpoch } from './epoch';
import { PushWriter, type Trx } from './push-writer';
import { Rejection } from './push-rules';
import { writeRecord } from './write-record';

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
		// The writers' lock first: the change counter's row, which every write of a record takes
		// anyway. Without it, on PostgreSQL, a retry racing its original push would read the same
		// last_mid and apply the same mutations twice (or fail on a duplicate key), a stale push
		// could put last_mid back, and a record read before the lock could miss a change
		// committed while this push waited for it — losing that change without a conflict.
		await trx
			.updateTable('counters')
			.set({ value: sql`value` })
			.where('name', '=', 'seq')
			.execute();
		const epoch = await currentEpoch(trx);
		const now = new Date().toISOString();
		// Made against another epoch (the server restored a backup since): the device first
		// re-sends what was lost and renumbers its queue (README, sync); nothing of this is applied.
		if (push.epoch !== undefined && push.epoch !== epoch.id) {
			return { lastMutationId: 0, serverTime: now, results: [], epoch: epoch.id };
		}
		const client = await trx
			.selectFrom('sync_clients')
			.select(['user_id', 'last_mid', 'epoch'])
			.where('client_id', '=', push.clientId)
			.executeTakeFirst();
		let lastMid = startingMid(client, push, epoch.id);
		const results: MutationResult[] = [];
		const writer = new PushWriter(trx, actor, push.clientId, epoch);
		const next = toApply(push.mutations, lastMid);
		await writer.reserve(next.length);
		await writer.load(next.map((mutation) => mutation.id));

		for (const mutation of push.mutations) {
			const kind = classifyMid(mutation.mid, lastMid);
			if (kind === 'duplicate') {
				results.push({ mid: mutation.mid, status: 'duplicate' });
				continue;
			}
			if (kind === 'gap') break;
			results.push(await applyOne(writer, actor, push.clientId, mutation));
			lastMid = mutation.mid;
		}
		await writer.flushRecords();
		await writer.flushAudit();
		await recallRefusals(trx, push, results);

		await trx
			.insertInto('sync_clients')
			.values({
				client_id: push.clientId,
				user_id: actor.userId,
				last_mid: lastMid,
				updated_at: now,
				epoch: epoch.id
			})
			.onConflict((oc) =>
				oc.column('client_id').doUpdateSet({ last_mid: lastMid, updated_at: now, epoch: epoch.id })
			)
			.execute();
		await trx
			.updateTable('devices')
			.set({ last_sync_at: now })
			.where('client_id', '=', push.clientId)
			.execute();
		return { lastMutationId: lastMid, serverTime: now, results, epoch: epoch.id };
	});
}

/**
 * The device's last mutation id as this push continues from. Mids count per device and epoch:
 * a device that names the epoch but has no numbering in it yet (its first push, or its first
 * since a restore, whose backup may hold an older id or none) starts from nothing, as the
 * device renumbered its queue from 1 on meeting the epoch. Never from the first mid the push
 * happens to carry: a first batch overtaken by the next would have its changes acknowledged
 * as duplicates and lost.
 */
function startingMid(
	client: { last_mid: number; epoch: string | null } | undefined,
	push: PushRequest,
	epoch: string
): number {
	if (push.epoch === undefined || client?.epoch === epoch)
		return client ? Number(client.last_mid) : 0;
	return 0;
}

/** The pushed mutations that come next in order, before any gap: those to apply. */
function toApply(mutations: Mutation[], lastMid: number): Mutation[] {
	const next: Mutation[] = [];
	for (const mutation of mutations) {
		const kind = classifyMid(mutation.mid, lastMid);
		if (kind === 'gap') break;
		if (kind === 'apply') {
			next.push(mutation);
			lastMid = mutation.mid;
		}
	}
	return next;
}

/**
 * A retry whose first answer the device never received (lost on the network) is answered
 * with duplicates: without more, a change the server refused then would leave the device's
 * queue with no word of it. Each such duplicate carries the reason from quarantine, which the
 * device keeps as a refusal (domain/sync/acknowledge.ts). Matched on the change itself, not
 * the mid alone: a device numbers its changes anew after a restore (README, sync).
 */
async function recallRefusals(trx: Trx, push: PushRequest, results: MutationResult[]) {
	const duplicates = results.filter((result) => result.status === 'duplicate');
	if (duplicates.length === 0) return;
	const rows = await trx
		.selectFrom('sync_quarantine')
		.select(['mid', 'reason', 'reason_code', 'mutation'])
		.where('client_id', '=', push.clientId)
		.where(
			'mid',
			'in',
			duplicates.map((result) => result.mid)
		)
		.execute();
	for (const result of duplicates) {
		const sent = push.mutations.find((mutation) => mutation.mid === result.mid);
		const row = rows.find((candidate) => {
			if (Number(candidate.mid) !== result.mid || !sent) return false;
			const earlier = JSON.parse(candidate.mutation) as Partial<Mutation>;
			return (
				earlier.id === sent.id &&
				earlier.table === sent.table &&
				earlier.op === sent.op &&
				earlier.clientTs === sent.clientTs
			);
		});
		if (!row) continue;
		result.error = row.reason;
		if (row.reason_code) result.reason = row.reason_code;
	}
}

/** Writes one mutation, or quarantines it when refused: taken either way, so the queue moves on. */
async function applyOne(
	writer: PushWriter,
	actor: Actor,
	clientId: string,
	mutation: Mutation
): Promise<MutationResult> {
	try {
		return await writeRecord(writer, actor, clientId, mutation);
	} catch (error) {
		if (!(error instanceof Rejection)) throw error;
		// The reason may quote the client's text (an unknown field's name): stored as it can be.
		const reason = storableText(error.message);
		await writer.trx
			.insertInto('sync_quarantine')
			.values({
				id: uuidv7(),
				client_id: clientId,
				user_id: actor.userId,
				mid: mutation.mid,
				reason,
				reason_code: error.reason,
				// JSON escapes U+0000 and lone surrogates, so any mutation is storable text.
				mutation: JSON.stringify(mutation),
				created_at: new Date().toISOString()
			})
			.execute();
		return { mid: mutation.mid, status: 'rejected', error: reason, reason: error.reason };
	}
}
