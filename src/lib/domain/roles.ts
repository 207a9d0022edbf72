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

/** Whether the actor may manage people, devices and settings. */
export const isAdmin = (actor: Actor) => actor.role === 'admin';
