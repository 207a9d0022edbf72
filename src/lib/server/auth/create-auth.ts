import { betterAuth } from 'better-auth';
import { getMigrations } from 'better-auth/db/migration';
import { admin, genericOAuth } from 'better-auth/plugins';
import { createAccessControl } from 'better-auth/plugins/access';
import { adminAc, defaultStatements } from 'better-auth/plugins/admin/access';
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '$lib/domain/api/health';
import type { Database } from '../db/schema';
import type { AuthSettings } from './settings';

const ac = createAccessControl(defaultStatements);
// Only admins manage people through the admin plugin; our own API decides everything else.
const pluginRoles = {
	admin: ac.newRole({ ...adminAc.statements }),
	coordinator: ac.newRole({ user: [], session: [] }),
	worker: ac.newRole({ user: [], session: [] }),
	expert: ac.newRole({ user: [], session: [] })
};

export function createAuth(
	db: Kysely<Database>,
	kind: DatabaseKind,
	settings: AuthSettings,
	secret: string
) {
	return betterAuth({
		baseURL: settings.origin,
		basePath: '/api/v1/auth',
		secret,
		database: { db, type: kind, transaction: true },
		telemetry: { enabled: false },
		// better-auth's own limiter counts in process memory, so N processes would allow N times
		// as much. Password sign-in goes through our throttle (a locked row in the database,
		// auth/throttle.ts); the only route better-auth serves itself is the OpenID Connect
		// return, which a single-use state and code protect.
		rateLimit: { enabled: false },
		// Start-up prints one line of our own; better-auth speaks only for real errors.
		logger: { level: 'error' },
		emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
		user: {
			modelName: 'auth_user',
			additionalFields: {
				countyId: { type: 'string', required: true, input: true },
				// An expert's directory entry (roles.ts): which cases are theirs to read.
				expertId: { type: 'string', required: false, input: true },
				mustChangePassword: { type: 'boolean', required: false, defaultValue: false, input: true }
			}
		},
		session: {
			modelName: 'auth_session',
			// Sliding idle lifetime; the absolute cap is enforced by the hook below.
			expiresIn: settings.idleSeconds,
			updateAge: Math.min(3600, Math.floor(settings.idleSeconds / 4))
		},
		account: { modelName: 'auth_account' },
		verification: { modelName: 'auth_verification' },
		advanced: {
			cookiePrefix: 'lahelle',
			useSecureCookies: settings.secureCookies,
			defaultCookieAttributes: { sameSite: 'lax', httpOnly: true }
		},
		databaseHooks: {
			session: {
				create: {
					after: async (session, ctx) => {
						// Signing in through the organisation's identity provider needs no password
						// of ours, so a temporary one given at creation must not block that person.
						if (ctx?.path?.includes('/callback/')) {
							await ctx.context.internalAdapter.updateUser(session.userId, {
								mustChangePassword: false
							});
						}
					}
				},
				update: {
					before: async (data, ctx) => {
						const createdAt = ctx?.context?.session?.session?.createdAt;
						if (!createdAt || !data.expiresAt) return;
						const cap = new Date(new Date(createdAt).getTime() + settings.absoluteSeconds * 1000);
						if (new Date(data.expiresAt) > cap) return { data: { ...data, expiresAt: cap } };
					}
				}
			}
		},
		plugins: [
			admin({ ac, roles: pluginRoles, adminRoles: ['admin'], defaultRole: 'worker' }),
			...(settings.oidc
				? [
						genericOAuth({
							config: [
								{
									providerId: 'oidc',
									discoveryUrl: `${settings.oidc.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
									clientId: settings.oidc.clientId,
									clientSecret: settings.oidc.clientSecret,
									scopes: ['openid', 'email', 'profile'],
									// Only people an admin has created may sign in: their role and county come from here.
									disableSignUp: true
								}
							]
						})
					]
				: [])
		]
	});
}

export type Auth = ReturnType<typeof createAuth>;

/** Creates or updates better-auth's own tables (auth_user, auth_session, …); idempotent. */
export async function migrateAuth(auth: Auth): Promise<void> {
	const { runMigrations } = await getMigrations(auth.options);
	await runMigrations();
}
