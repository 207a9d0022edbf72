import { error } from '@sveltejs/kit';
import { auth, authSettings } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/**
 * The identity provider returns here; better-auth checks the code and creates the session.
 * Without OpenID Connect there is nothing to return to: better-auth would send the browser to
 * its error page on whatever host the request named (with ORIGIN unset), so answer 404.
 */
export const GET: RequestHandler = ({ request, params }) => {
	if (!authSettings().oidc || params.provider !== 'oidc')
		error(404, { message: 'OpenID Connect is not configured.', code: 'not_found' });
	return auth().handler(request);
};
