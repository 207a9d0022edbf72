import { z } from 'zod';

/** Sign-in settings from the environment (README: Configuration). */
const AuthEnv = z.object({
	ORIGIN: z.url().optional(),
	AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
	SESSION_IDLE_MINUTES: z.coerce
		.number()
		.int()
		.min(5)
		.max(7 * 24 * 60)
		.default(12 * 60),
	SESSION_MAX_HOURS: z.coerce
		.number()
		.int()
		.min(1)
		.max(90 * 24)
		.default(7 * 24),
	OIDC_ISSUER: z.url().optional(),
	OIDC_CLIENT_ID: z.string().min(1).optional(),
	OIDC_CLIENT_SECRET: z.string().min(1).optional()
});

export interface AuthSettings {
	origin: string | undefined;
	secret: string | undefined;
	secureCookies: boolean;
	idleSeconds: number;
	absoluteSeconds: number;
	oidc: { issuer: string; clientId: string; clientSecret: string } | undefined;
}

export function loadAuthSettings(env: Record<string, string | undefined>): AuthSettings {
	const clean = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
	const parsed = AuthEnv.safeParse(clean);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new Error(`${issue?.path.join('.')}: ${issue?.message}`);
	}
	const value = parsed.data;
	const oidcParts = [value.OIDC_ISSUER, value.OIDC_CLIENT_ID, value.OIDC_CLIENT_SECRET];
	if (oidcParts.some(Boolean) && !oidcParts.every(Boolean)) {
		throw new Error('OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together');
	}
	// Without ORIGIN the sign-in library builds the provider's redirect from the request's Host
	// header, which anyone can set: a sign-in could be sent back to another site.
	if (oidcParts.every(Boolean) && !value.ORIGIN) {
		throw new Error('OIDC sign-in needs ORIGIN, the public URL its redirect URI is made from');
	}
	return {
		origin: value.ORIGIN,
		secret: value.AUTH_SECRET,
		secureCookies: (value.ORIGIN ?? '').startsWith('https://'),
		idleSeconds: value.SESSION_IDLE_MINUTES * 60,
		absoluteSeconds: value.SESSION_MAX_HOURS * 3600,
		oidc:
			value.OIDC_ISSUER && value.OIDC_CLIENT_ID && value.OIDC_CLIENT_SECRET
				? {
						issuer: value.OIDC_ISSUER,
						clientId: value.OIDC_CLIENT_ID,
						clientSecret: value.OIDC_CLIENT_SECRET
					}
				: undefined
	};
}
