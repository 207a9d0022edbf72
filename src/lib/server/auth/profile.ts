import { roles } from '$lib/domain/roles';
import type { UserProfile } from '$lib/domain/schemas/account';

/** The fields of better-auth's user row (with our additional fields) that the app uses. */
export interface AuthUser {
	id: string;
	name: string;
	email: string;
	role?: string | null;
	countyId: string;
	expertId?: string | null;
	mustChangePassword?: boolean | null;
	banned?: boolean | null;
}

export function toProfile(user: AuthUser): UserProfile {
	return {
		id: user.id,
		name: user.name,
		email: user.email,
		role: user.role && roles.has(user.role) ? user.role : 'worker',
		countyId: user.countyId,
		expertId: user.expertId ?? null,
		mustChangePassword: !!user.mustChangePassword,
		disabled: !!user.banned
	};
}
