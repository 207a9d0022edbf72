import * as z from 'zod/mini';
import { roles } from '../roles';

/**
 * Answers of the session calls. The request bodies (LoginRequest, ChangePassword,
 * RegisterDevice) are in schemas/account.ts: only the server parses those.
 */

/** The signed-in user as the app sees it (also kept on the device for offline use). */
export const UserProfile = z.object({
	id: z.string(),
	name: z.string(),
	email: z.string(),
	role: z.enum(roles.codes),
	countyId: z.string(),
	/** An expert's directory entry (absent on profiles a device kept from before experts). */
	expertId: z.optional(z.nullable(z.string())),
	mustChangePassword: z.boolean(),
	disabled: z.boolean()
});
export type UserProfile = z.infer<typeof UserProfile>;

/** GET /api/v1/session: who is signed in (or null), and what the sign-in page offers. */
export const SessionAnswer = z.object({
	user: z.nullable(UserProfile),
	oidc: z.boolean(),
	/** Demo accounts with a public password exist: every staff page warns. */
	demoAccounts: z.boolean()
});
export type SessionAnswer = z.infer<typeof SessionAnswer>;

/** POST /api/v1/session (signed in) and GET /api/v1/me. */
export const SignedIn = z.object({
	user: UserProfile,
	demoAccounts: z.boolean(),
	/** The OT centre's number, for "Call the OT coordinator" when nobody is on duty. */
	otPhone: z.optional(z.nullable(z.string()))
});
export type SignedIn = z.infer<typeof SignedIn>;
