import { findCounty } from './areas';
import type { Actor } from './roles';

// Apart from roles.ts, which every screen loads at once: this needs the country's areas, which
// only the screens that decide access by county should download.
export type Access = 'none' | 'read' | 'write';

/**
 * How far an actor reaches into a county's records: admins everywhere, coordinators write in
 * their own county and read across their OT area, workers only their own records (checked
 * per record by ownership, so 'none' here), experts only the cases assigned to them (checked
 * per case, need to know: server/sync/case-readers.ts).
 */
export function countyAccess(actor: Actor, countyId: string): Access {
	if (actor.role === 'admin') return 'write';
	if (actor.role !== 'coordinator') return 'none';
	if (actor.countyId === countyId) return 'write';
	const own = findCounty(actor.countyId);
	const other = findCounty(countyId);
	return own?.areaId && own.areaId === other?.areaId ? 'read' : 'none';
}
