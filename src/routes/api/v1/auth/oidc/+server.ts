import { error } from '@sveltejs/kit';
import { auth, authSettings } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/**
 * Starts OpenID Connect sign-in with a plain link (works without JavaScript and within
 * `form-action 'self'`): sets the state cookie and sends the browser to the provider.
 */
export const GET: RequestHandler = async () => {
	if (!authSettings().oidc)
		error(404, { message: 'OpenID Connect is not configured.', code: 'not_found' });
	const { headers, response } = await auth().api.signInSocial({
		body: {
			provider: 'oidc',
			callbackURL: '/app/login?oidc=done',
			errorCallbackURL: '/app/login?oidc=failed'
		},
		returnHeaders: true
	});
	if (!response.url)
		error(502, { message: 'The identity provider did not answer.', code: 'oidc_unavailable' });
	const result = new Headers({ location: response.url });
	for (const cookie of headers.getSetCookie()) result.append('set-cookie', cookie);
	// A hand-made 302, because SvelteKit's redirect() cannot carry the state cookie.
	return new Response(null, { status: 302, headers: result });
};
