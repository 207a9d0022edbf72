import { json } from '@sveltejs/kit';
import type { Ok } from '$lib/domain/api/errors';
import type { SessionAnswer, SignedIn } from '$lib/domain/api/session';
import { LoginRequest } from '$lib/domain/schemas/account';
import { audit } from '$lib/server/audit';
import { signInWithPassword } from '$lib/server/auth/sign-in';
import { errorResponse, parseBody } from '$lib/server/http';
import { auth, authSettings, database, hasDemoAccounts, otPhone } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

const messages: Record<string, string> = {
	invalid_credentials: 'Wrong e-mail address or password.',
	account_disabled: 'This account has been disabled. Ask your administrator.',
	throttled: 'Too many attempts. Wait a moment and try again.'
};

/**
 * Who is signed in (or null), which ways of signing in this server offers, and whether it
 * has demo accounts with the public password (the sign-in page warns; the README prints it).
 */
export const GET: RequestHandler = ({ locals }) =>
	json({
		user: locals.user,
		oidc: !!authSettings().oidc,
		demoAccounts: hasDemoAccounts()
	} satisfies SessionAnswer);

export const POST: RequestHandler = async (event) => {
	const body = await parseBody(event, LoginRequest);
	const result = await signInWithPassword(body, event.locals.address, event.request.headers);
	if (!result.ok) {
		return errorResponse(
			result.status,
			result.code,
			messages[result.code] ?? result.code,
			undefined,
			result.retryAfterSeconds ? { 'retry-after': String(result.retryAfterSeconds) } : undefined
		);
	}
	const headers = new Headers();
	for (const cookie of result.cookies) headers.append('set-cookie', cookie);
	return json(
		{ user: result.user, demoAccounts: hasDemoAccounts(), otPhone: otPhone() } satisfies SignedIn,
		{
			headers
		}
	);
};

export const DELETE: RequestHandler = async ({ request, locals }) => {
	const headers = new Headers();
	if (locals.user) {
		const result = await auth().api.signOut({ headers: request.headers, returnHeaders: true });
		for (const cookie of result.headers.getSetCookie()) headers.append('set-cookie', cookie);
		await audit(database().db, {
			actorId: locals.user.id,
			action: 'sign-out',
			clientId: locals.clientId,
			address: locals.address
		});
	}
	return json({ ok: true } satisfies Ok, { headers });
};
