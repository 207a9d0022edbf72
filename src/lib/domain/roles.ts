import { findCounty } from './areas';
import { defineTaxonomy, type CodeOf } from './taxonomy';

export const roles = defineTaxonomy([
	{ code: 'admin', label: { fi: 'Ylläpitäjä', sv: 'Administratör', en: 'Administrator' } },
	{ code: 'coordinator', label: { fi: 'Koordinaattori', sv: 'Koordinator', en: 'Coordinator' } },
	{ code: 'worker', label: { fi: 'Kenttätyöntekijä', sv: 'Fältarbetare', en: 'Field worker' } },
	{ code: 'expert', label: { fi: 'Asiantuntija', sv: 'Expert', en: 'Expert' } }
]);
export type Role = CodeOf<typeof roles>;

/** Who is asking: enough to decide every permission without another lookup. */
export interface Actor {
	userId: string;
	role: Role;
	countyId: string;
	/** An expert's entry in the directory: the cases assigned to it are theirs to read. */
	expertId?: string | null;
}

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

/** Whether the actor may manage people, devices and settings. */
export const isAdmin = (actor: Actor) => actor.role === 'admin';
