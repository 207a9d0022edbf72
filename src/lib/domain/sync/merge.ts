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

export function mergeFields(
	current: ServerRowState,
	baseVersion: number,
	incoming: Record<string, unknown>,
	clientId: string,
	/** Fields holding lists of items with ids: merged item by item (list-merge.ts), never a conflict. */
	listFields: readonly string[] = []
): MergeResult {
	const nextVersion = current.version + 1;
	const fields = { ...current.fields };
	const stamps = { ...current.stamps };
	const applied: string[] = [];
	const conflicts: FieldConflict[] = [];

	for (const [field, pushed] of Object.entries(incoming)) {
		const stamp = current.stamps[field];
		const changedByOther =
			stamp !== undefined && stamp.version > baseVersion && stamp.clientId !== clientId;
		const server = current.fields[field] ?? [];
		const byItem =
			changedByOther && listFields.includes(field) && isIdList(pushed) && isIdList(server);
		const value = byItem ? mergeById(server, pushed) : pushed;
		if (changedByOther && !byItem && !same(current.fields[field], value)) {
			conflicts.push({
				field,
				serverValue: current.fields[field],
				clientValue: value,
				serverVersion: stamp.version
			});
			continue;
		}
		if (same(current.fields[field], value)) continue;
		fields[field] = value;
		stamps[field] = { version: nextVersion, clientId };
		applied.push(field);
	}

	return {
		row: applied.length > 0 ? { version: nextVersion, fields, stamps } : current,
		applied,
		conflicts
	};
}
