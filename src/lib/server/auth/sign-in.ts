import { isAPIError } from 'better-auth/api';
import type { LoginRequest, UserProfile } from '$lib/domain/schemas/account';
import { audit } from '../audit';
import { auth, database } from '../runtime';
import { toProfile, type AuthUser } from './profile';
import { reserveAttempt, settleKnownPassword, settleSuccess, throttleKeys } from './throttle';

export type SignInResult =
	| { ok: true; user: UserProfile; cookies: string[] }
	| { ok: false; status: 401 | 403 | 429; code: string; retryAfterSeconds?: number };

/**
 * Password sign-in with a per-account and per-address progressive delay. A try is counted
 * before its password is checked, so parallel tries get no more checks than one after another.
 * A wrong password and an unknown account answer the same, so the answer never tells whether
 * an account exists.
 */
export async function signInWithPassword(
	request: LoginRequest,
	address: string,
	headers: Headers
): Promise<SignInResult> {
	const { db } = database();
	const keys = throttleKeys(request.email, address);
	const wait = await reserveAttempt(db, keys);
	if (wait > 0) {
		await audit(db, { actorId: null, action: 'sign-in', outcome: 'denied', address });
		return { ok: false, status: 429, code: 'throttled', retryAfterSeconds: Math.ceil(wait / 1000) };
	}
	try {
		const result = await auth().api.signInEmail({
			body: { email: request.email, password: request.password },
			headers,
			returnHeaders: true
		});
		const user = toProfile(result.response.user as AuthUser);
		await settleSuccess(db, keys);
		await audit(db, { actorId: user.id, action: 'sign-in', address });
		return { ok: true, user, cookies: result.headers.getSetCookie() };
	} catch (error) {
		if (!isAPIError(error)) throw error;
		if (error.status === 'FORBIDDEN') {
			// Only someone who knows the right password learns that the account is disabled.
			await settleKnownPassword(db, keys);
			await audit(db, { actorId: null, action: 'sign-in', outcome: 'denied', address });
			return { ok: false, status: 403, code: 'account_disabled' };
		}
		// The try was counted as a failure when it was reserved.
		// Filed under the account when it exists, so an admin sees attacks on a person's account.
		const target = await db
			.selectFrom('auth_user')
			.select('id')
			.where('email', '=', request.email)
			.executeTakeFirst();
		await audit(db, {
			actorId: target?.id ?? null,
			action: 'sign-in',
			outcome: 'failed',
			address
		});
		return { ok: false, status: 401, code: 'invalid_credentials' };
	}
}
