import { error } from '@sveltejs/kit';
import type { UserProfile } from '$lib/domain/api/session';
import type { Actor, Role } from '$lib/domain/roles';

/** The signed-in actor, or a 401 the client answers by asking for sign-in (keeping its data). */
export function requireActor(locals: App.Locals): Actor {
	if (!locals.actor) error(401, { message: 'Sign in first.', code: 'unauthenticated' });
	return locals.actor;
}

/** The signed-in person's profile, or the same 401. */
export function requireUser(locals: App.Locals): UserProfile {
	requireActor(locals);
	if (!locals.user) error(401, { message: 'Sign in first.', code: 'unauthenticated' });
	return locals.user;
}

/** The actor when its role is one of `allowed`, else 403. */
export function requireRole(locals: App.Locals, allowed: readonly Role[]): Actor {
	const actor = requireActor(locals);
	if (!allowed.includes(actor.role)) {
		error(403, { message: 'Your role does not allow this.', code: 'forbidden' });
	}
	return actor;
}
