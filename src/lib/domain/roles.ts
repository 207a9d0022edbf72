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

/** The actor a signed-in profile acts as: the server's session and the device's rules use one. */
export function toActor(profile: {
	id: string;
	role: Role;
	countyId: string;
	expertId?: string | null;
}): Actor {
	return {
		userId: profile.id,
		role: profile.role,
		countyId: profile.countyId,
		expertId: profile.expertId ?? null
	};
}

/** Whether the actor may manage people, devices and settings. */
export const isAdmin = (actor: Actor) => actor.role === 'admin';
