/**
 * Field-level merge of one pushed mutation into the server's row (DESIGN.md, sync).
 * Each field remembers the row version at which it last changed and which device changed it.
 * A pushed field applies unless somebody else changed it after the device's base version;
 * then the server value stays and the device's value becomes a conflict for a person to settle.
 * The device's own earlier writes never conflict with its later ones.
 */
export interface FieldStamp {
	version: number;
	clientId: string;
	/** The server epoch (its count) the change was written in; none: before epochs existed. */
	e?: number;
	/** A change a device re-sent after a restore: the version it had had before it (see replay). */
	was?: number;
}

/**
 * How a change is judged: `epoch`, the server's epoch count now, is written into every stamp.
 * `fromOldEpoch`: the change was made against an earlier epoch (the server restored a backup
 * since), so its base version counts in that epoch's history. `acked`: fields the device re-sends
 * because the server lost them, each with the version at which the server had acknowledged it
 * (null: acknowledged, version unknown).
 */
export interface MergeContext {
	epoch: number;
	fromOldEpoch?: boolean;
	acked?: Record<string, number | null>;
}

export interface ServerRowState {
	version: number;
	fields: Record<string, unknown>;
	stamps: Record<string, FieldStamp>;
}

export interface FieldConflict {
	field: string;
	serverValue: unknown;
	clientValue: unknown;
	serverVersion: number;
}

export interface MergeResult {
	/** The row after the merge (unchanged when nothing applied). */
	row: ServerRowState;
	applied: string[];
	conflicts: FieldConflict[];
}

import { isIdList, mergeById } from './list-merge';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Where a stamp's change stands in the history before the restore: after all of it if made since. */
function position(stamp: FieldStamp, epoch: number): number {
	if (stamp.e !== epoch) return stamp.version;
	return stamp.was ?? Number.POSITIVE_INFINITY;
}

/**
 * Whether another device's stamp wins over an incoming value (README, sync):
 * - 'conflict': it changed after what the device had seen → a person settles it;
 * - 'superseded': a lost change being re-sent that a later change (kept or itself re-sent) had
 *   already replaced before the restore → it stays replaced, as it was;
 * - 'apply'.
 */
export function judgeField(
	stamp: FieldStamp | undefined,
	clientId: string,
	baseVersion: number,
	field: string,
	context: MergeContext
): 'apply' | 'conflict' | 'superseded' {
	if (!stamp || stamp.clientId === clientId) return 'apply';
	if (!context.fromOldEpoch) return stamp.version > baseVersion ? 'conflict' : 'apply';
	const at = position(stamp, context.epoch);
	const acked = context.acked?.[field];
	if (acked === undefined) return at > baseVersion ? 'conflict' : 'apply';
	if (acked === null || at === Number.POSITIVE_INFINITY) return 'conflict';
	return at > acked ? 'superseded' : 'apply';
}

export function mergeFields(
	current: ServerRowState,
	baseVersion: number,
	incoming: Record<string, unknown>,
	clientId: string,
	/** Fields holding lists of items with ids: merged item by item (list-merge.ts), never a conflict. */
	listFields: readonly string[] = [],
	context: MergeContext = { epoch: 0 }
): MergeResult {
	const nextVersion = current.version + 1;
	const fields = { ...current.fields };
	const stamps = { ...current.stamps };
	const applied: string[] = [];
	const conflicts: FieldConflict[] = [];

	for (const [field, pushed] of Object.entries(incoming)) {
		const stamp = current.stamps[field];
		const judged = judgeField(stamp, clientId, baseVersion, field, context);
		const server = current.fields[field] ?? [];
		const byItem =
			judged === 'conflict' && listFields.includes(field) && isIdList(pushed) && isIdList(server);
		const value = byItem ? mergeById(server, pushed) : pushed;
		if (same(current.fields[field], value) || judged === 'superseded') continue;
		if (judged === 'conflict' && !byItem && stamp) {
			conflicts.push({
				field,
				serverValue: current.fields[field],
				clientValue: value,
				serverVersion: stamp.version
			});
			continue;
		}
		fields[field] = value;
		const was = context.acked?.[field];
		stamps[field] = {
			version: nextVersion,
			clientId,
			...(context.epoch ? { e: context.epoch } : {}),
			...(context.fromOldEpoch && typeof was === 'number' ? { was } : {})
		};
		applied.push(field);
	}

	return {
		row: applied.length > 0 ? { version: nextVersion, fields, stamps } : current,
		applied,
		conflicts
	};
}
