import type { Kysely } from 'kysely';
import { counties } from '$lib/domain/areas';
import { countyAccess, type Actor } from '$lib/domain/roles';
import type { Database } from '../db/schema';

export interface RecordChange {
	table: string;
	id: string;
	version: number;
	deleted: boolean;
	flagged: boolean;
	data: Record<string, unknown> | null;
}

/** Counties whose records the actor may read, by the one county-scope rule (roles.ts). */
function readableCounties(actor: Actor): string[] | 'all' | 'own-only' {
	if (actor.role === 'admin') return 'all';
	const readable = counties
		.filter((county) => countyAccess(actor, county.id) !== 'none')
		.map((county) => county.id);
	return readable.length > 0 ? readable : 'own-only';
}

/** Record changes after `seq` that the actor may see, oldest first, tombstones included. */
export async function recordChangesSince(
	db: Kysely<Database>,
	actor: Actor,
	seq: number,
	limit: number
): Promise<{ changes: RecordChange[]; lastSeq: number }> {
	const scope = readableCounties(actor);
	let query = db
		.selectFrom('records')
		.select(['id', 'kind', 'version', 'seq', 'deleted', 'flagged', 'data'])
		.where('seq', '>', seq);
	if (scope === 'own-only') query = query.where('owner_id', '=', actor.userId);
	else if (scope !== 'all') {
		query = query.where((eb) =>
			eb.or([eb('owner_id', '=', actor.userId), eb('county_id', 'in', scope)])
		);
	}
	const rows = await query.orderBy('seq').limit(limit).execute();
	return {
		changes: rows.map((row) => ({
			table: row.kind,
			id: row.id,
			version: row.version,
			deleted: !!row.deleted,
			flagged: !!row.flagged,
			data: row.data ? (JSON.parse(row.data) as Record<string, unknown>) : null
		})),
		lastSeq: rows.length ? Number(rows[rows.length - 1]!.seq) : seq
	};
}

/**
 * The last mutation id the server has taken from this person's device, as a push answers it
 * (0 before its first push). Sent with each records page so a device puts on top of the
 * pulled rows only the changes the server has not yet taken: one already applied is in the
 * server's data — maybe overwritten since by someone else — even when the device never
 * received the push's answer. Read after the page: anything taken later has a higher seq, so
 * the device gets its effect in a later pull.
 */
export async function lastMutationId(
	db: Kysely<Database>,
	actor: Actor,
	clientId: string
): Promise<number> {
	const row = await db
		.selectFrom('sync_clients')
		.select('last_mid')
		.where('client_id', '=', clientId)
		.where('user_id', '=', actor.userId)
		.executeTakeFirst();
	return row ? Number(row.last_mid) : 0;
}
