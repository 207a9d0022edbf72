import { randomBytes } from 'node:crypto';
import type { CreateUser, UpdateUser, UserProfile } from '$lib/domain/schemas/account';
import { audit } from '../audit';
import { auth, database } from '../runtime';
import { toProfile, type AuthUser } from './profile';

/** A temporary password: shown once to the admin, must be changed at first sign-in. */
export function temporaryPassword(): string {
	return randomBytes(12).toString('base64url');
}

export async function listUsers(headers: Headers): Promise<UserProfile[]> {
	const result = await auth().api.listUsers({ query: { limit: 1000, sortBy: 'name' }, headers });
	return result.users.map((user) => toProfile(user as unknown as AuthUser));
}

export async function createUser(input: CreateUser, actorId: string) {
	const password = temporaryPassword();
	const { user } = await auth().api.createUser({
		body: {
			email: input.email,
			name: input.name,
			password,
			role: input.role,
			data: {
				countyId: input.countyId,
				expertId: input.expertId ?? null,
				mustChangePassword: true,
				emailVerified: true
			}
		}
	});
	await audit(database().db, {
		actorId,
		action: 'user.create',
		recordTable: 'auth_user',
		recordId: user.id,
		fields: ['name', 'email', 'role', 'countyId', ...(input.expertId ? ['expertId'] : [])]
	});
	return { user: toProfile(user as unknown as AuthUser), temporaryPassword: password };
}

export async function updateUser(id: string, patch: UpdateUser, actorId: string, headers: Headers) {
	const api = auth().api;
	const { db } = database();
	const data: Record<string, unknown> = {};
	if (patch.name !== undefined) data.name = patch.name;
	if (patch.countyId !== undefined) data.countyId = patch.countyId;
	if (patch.role !== undefined) data.role = patch.role;
	if (patch.expertId !== undefined) data.expertId = patch.expertId;
	if (Object.keys(data).length > 0) {
		await api.adminUpdateUser({ body: { userId: id, data }, headers });
		await audit(db, {
			actorId,
			action: 'user.update',
			recordTable: 'auth_user',
			recordId: id,
			fields: Object.keys(data)
		});
	}
	if (patch.disabled === true) {
		// Disabling also ends every session the person has.
		await api.banUser({ body: { userId: id, banReason: 'disabled by admin' }, headers });
		await audit(db, { actorId, action: 'user.disable', recordTable: 'auth_user', recordId: id });
	} else if (patch.disabled === false) {
		await api.unbanUser({ body: { userId: id }, headers });
		await audit(db, { actorId, action: 'user.enable', recordTable: 'auth_user', recordId: id });
	}
}

export async function resetPassword(id: string, actorId: string, headers: Headers) {
	const password = temporaryPassword();
	const api = auth().api;
	await api.setUserPassword({ body: { userId: id, newPassword: password }, headers });
	await api.adminUpdateUser({ body: { userId: id, data: { mustChangePassword: true } }, headers });
	await api.revokeUserSessions({ body: { userId: id }, headers });
	await audit(database().db, {
		actorId,
		action: 'user.password-reset',
		recordTable: 'auth_user',
		recordId: id
	});
	return password;
}

export async function userExists(id: string): Promise<boolean> {
	const row = await database()
		.db.selectFrom('auth_user')
		.select('id')
		.where('id', '=', id)
		.executeTakeFirst();
	return !!row;
}

/** Whether someone already signs in with this e-mail (compared in lower case, as stored). */
export async function emailTaken(email: string): Promise<boolean> {
	const row = await database()
		.db.selectFrom('auth_user')
		.select('id')
		.where('email', '=', email.toLowerCase())
		.executeTakeFirst();
	return !!row;
}

/** Whether an id names a live expert of the directory: the only entries a user may be linked to. */
export async function isExpertEntry(id: string): Promise<boolean> {
	const row = await database()
		.db.selectFrom('directory_entries')
		.select('id')
		.where('id', '=', id)
		.where('kind', '=', 'experts')
		.where('deleted', '=', 0)
		.executeTakeFirst();
	return !!row;
}
