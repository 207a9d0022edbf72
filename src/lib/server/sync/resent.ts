import { judgeField, type FieldStamp } from '$lib/domain/sync/merge';
import type { Mutation, MutationResult } from '$lib/domain/sync/protocol';
import { fieldsOf, type PushWriter, type RecordRow } from './push-writer';

/**
 * A change re-sent after a restore (README, sync) to a record the restored server holds: only
 * the fields still to write, as an update (a re-sent insert merges its fields); when none is
 * left, the server holds it already and it is taken as applied.
 */
export async function resentChange(
	writer: PushWriter,
	clientId: string,
	mutation: Mutation
): Promise<Mutation | MutationResult> {
	const fromOldEpoch = mutation.baseEpoch !== undefined && mutation.baseEpoch !== writer.epoch.id;
	if (!fromOldEpoch || mutation.op === 'delete') return mutation;
	const existing = await writer.record(mutation.id);
	if (!existing || existing.deleted || existing.kind !== mutation.table) return mutation;
	const fields = stillToSend(existing, mutation, clientId, writer.epoch.n);
	if (Object.keys(fields).length === 0) {
		return { mid: mutation.mid, status: 'applied', version: existing.version };
	}
	return { ...mutation, op: 'update', fields };
}

/**
 * Of a change re-sent after a restore, the fields still to write: those whose value differs
 * from the stored record's and that no later change had replaced before the restore (merge.ts).
 * Dropped before the permission checks: a requester's re-sent request names the coordinator's
 * fields as it created them, which the coordinator has changed since.
 */
function stillToSend(
	existing: RecordRow,
	mutation: Mutation,
	clientId: string,
	epoch: number
): Record<string, unknown> {
	const current = fieldsOf(existing);
	const stamps = JSON.parse(existing.stamps) as Record<string, FieldStamp>;
	const context = {
		epoch,
		fromOldEpoch: true,
		...(mutation.acked ? { acked: mutation.acked } : {})
	};
	return Object.fromEntries(
		Object.entries(mutation.fields).filter(
			([field, value]) =>
				field !== 'createdBy' &&
				field !== 'countyId' &&
				JSON.stringify(current[field]) !== JSON.stringify(value) &&
				judgeField(stamps[field], clientId, mutation.baseVersion ?? 0, field, context) !==
					'superseded'
		)
	);
}

/** A re-sent field's version before the restore, kept in its stamp (domain/sync/merge.ts). */
export function wasOf(mutation: Mutation, field: string): { was?: number } {
	const was = mutation.acked?.[field];
	return typeof was === 'number' ? { was } : {};
}
