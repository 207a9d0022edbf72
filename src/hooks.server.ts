import { building } from '$app/environment';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { ClientId } from '$lib/domain/schemas/account';
import { documentLanguage } from '$lib/family/languages';
import { audit } from '$lib/server/audit';
import { deviceState, touchDevice } from '$lib/server/auth/devices';
import { toActor } from '$lib/domain/roles';
import { toProfile, type AuthUser } from '$lib/server/auth/profile';
import { isCrossOrigin } from '$lib/server/auth/same-origin';
import { errorResponse } from '$lib/server/http';
import { auth, authSettings, database } from '$lib/server/runtime';
import { startServer } from '$lib/server/startup';

export const init: ServerInit = async () => {
	// Prerendering at build time needs no database.
	if (!building) await startServer(env);
};

/** Health checks: answered without a session or device lookup, so they cost no query of their own. */
const healthPaths = new Set(['/api/v1/health', '/api/v1/health/ready']);

/** API paths a user whose password must be changed may still use. */
const allowedBeforePasswordChange = new Set([
	'/api/v1/me',
	'/api/v1/me/password',
	'/api/v1/session'
]);

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.actor = null;
	event.locals.sessionId = null;
	event.locals.clientId = null;
	event.locals.address = safeAddress(event);

	const path = event.url.pathname;
	if (path.startsWith('/api/v1/') && !healthPaths.has(path) && !building) {
		// No API path names anything with U+0000, and PostgreSQL refuses it as a parameter.
		if (path.includes('%00')) return errorResponse(404, 'not_found', 'Not found.');

		if (isCrossOrigin(event.request, authSettings().origin)) {
			return errorResponse(
				403,
				'cross_origin',
				'Changes are accepted only from the app’s own pages (the request came from another origin).'
			);
		}

		const session = await auth().api.getSession({ headers: event.request.headers });
		if (session) {
			const profile = toProfile(session.user as AuthUser);
			event.locals.user = profile;
			event.locals.actor = toActor(profile);
			event.locals.sessionId = session.session.id;
		}

		const clientId = ClientId.safeParse(event.request.headers.get('x-lahelle-client'));
		if (clientId.success) {
			event.locals.clientId = clientId.data;
			const { db } = database();
			const { state, ownerId } = await deviceState(
				db,
				clientId.data,
				event.locals.user?.id ?? null
			);
			if (state === 'revoked') {
				await audit(db, {
					actorId: event.locals.user?.id ?? ownerId,
					action: 'device.refused',
					outcome: 'denied',
					clientId: clientId.data,
					address: event.locals.address
				});
				return errorResponse(403, 'device_revoked', 'This device has been revoked.', {
					wipe: true
				});
			}
			// Only the owner's own signed-in requests count as the device being seen.
			if (state === 'active' && event.locals.user) {
				await touchDevice(db, clientId.data, event.locals.user.id);
			}
		}

		if (event.locals.user?.mustChangePassword && !allowedBeforePasswordChange.has(path)) {
			return errorResponse(403, 'password_change_required', 'Change your password first.');
		}
	}

	// The family pages' language (and right-to-left for Arabic) from the path; staff pages: fi.
	const { lang, dir } = documentLanguage(path);
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%dir%', dir)
	});
};

function safeAddress(event: Parameters<Handle>[0]['event']): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}

/** Unexpected errors: logged here, and the client sees no internals. */
export const handleError: HandleServerError = ({ error, status }) => {
	if (status >= 500) console.error(error);
	return {
		message: status === 404 ? 'Not found.' : 'Something went wrong on the server.',
		code: status === 404 ? 'not_found' : 'internal'
	};
};
