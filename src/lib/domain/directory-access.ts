import { countyAccess } from './county-access';
import type { Actor } from './roles';

/** The counties a directory entry belongs to: a service's area, anyone else's one county. */
export function entryCounties(entry: object): string[] {
	if ('countyIds' in entry && Array.isArray(entry.countyIds)) {
		return entry.countyIds.filter((id): id is string => typeof id === 'string');
	}
	if ('countyId' in entry && typeof entry.countyId === 'string') return [entry.countyId];
	return [];
}

/**
 * Whether the actor may create, edit or retire this entry: admins any, coordinators only
 * entries wholly in their own county (a service all of whose counties are theirs). An entry
 * tied to no county (a national organisation) is the admins' alone.
 */
export function canWriteEntry(actor: Actor, entry: object): boolean {
	if (actor.role === 'admin') return true;
	if (actor.role !== 'coordinator') return false;
	const counties = entryCounties(entry);
	return counties.length > 0 && counties.every((id) => countyAccess(actor, id) === 'write');
}
