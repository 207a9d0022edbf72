import type { Kysely } from 'kysely';
import type { DeviceInfo } from '$lib/domain/schemas/account';
import type { Database } from '../db/schema';

const SEEN_RESOLUTION_MS = 60_000;

export type DeviceState = 'unknown' | 'active' | 'revoked' | 'other-user';

/** Whether this client may talk to the server for this user, and whose device it is. */
export async function deviceState(
	db: Kysely<Database>,
	clientId: string,
	userId: string | null
): Promise<{ state: DeviceState; ownerId: string | null }> {
	const row = await db
		.selectFrom('devices')
		.select(['user_id', 'revoked_at'])
		.where('client_id', '=', clientId)
		.executeTakeFirst();
	if (!row) return { state: 'unknown', ownerId: null };
	const state = row.revoked_at
		? 'revoked'
		: userId && row.user_id !== userId
			? 'other-user'
			: 'active';
	return { state, ownerId: row.user_id };
}

/**
 * Registers the device for the signed-in user, or notes that it was seen again; answers false,
 * changing nothing, when the id is another person's device.
 */
export async function registerDevice(
	db: Kysely<Database>,
	clientId: string,
	userId: string,
	label: string | null,
	sessionId: string | null
): Promise<boolean> {
	const now = new Date().toISOString();
	const row = await db
		.insertInto('devices')
		.values({
			client_id: clientId,
			user_id: userId,
			label,
			created_at: now,
			last_seen_at: now,
			session_id: sessionId
		})
		.onConflict((oc) =>
			oc
				.column('client_id')
				.doUpdateSet({ last_seen_at: now, label, session_id: sessionId })
				.where('devices.user_id', '=', userId)
		)
		.returning('client_id')
		.executeTakeFirst();
	return row !== undefined;
}

/**
 * Records contact from the device's owner, at most once a minute, so reads do not turn into a
 * write per request. Anyone may send any device id; only the owner's requests count.
 */
export async function touchDevice(
	db: Kysely<Database>,
	clientId: string,
	userId: string,
	now = new Date()
) {
	const before = new Date(now.getTime() - SEEN_RESOLUTION_MS).toISOString();
	await db
		.updateTable('devices')
		.set({ last_seen_at: now.toISOString() })
		.where('client_id', '=', clientId)
		.where('user_id', '=', userId)
		.where('last_seen_at', '<', before)
		.execute();
}

/** Revokes the device and ends the session it signed in with; false when nothing was active. */
export async function revokeDevice(db: Kysely<Database>, clientId: string, by: string) {
	return db.transaction().execute(async (trx) => {
		const device = await trx
			.updateTable('devices')
			.set({ revoked_at: new Date().toISOString(), revoked_by: by })
			.where('client_id', '=', clientId)
			.where('revoked_at', 'is', null)
			.returning('session_id')
			.executeTakeFirst();
		if (!device) return false;
		if (device.session_id) {
			await trx.deleteFrom('auth_session').where('id', '=', device.session_id).execute();
		}
		return true;
	});
}

export async function listDevices(db: Kysely<Database>): Promise<DeviceInfo[]> {
	const rows = await db
		.selectFrom('devices')
		.leftJoin('auth_user', 'auth_user.id', 'devices.user_id')
		.select([
			'devices.client_id',
			'devices.user_id',
			'auth_user.name as user_name',
			'devices.label',
			'devices.created_at',
			'devices.last_seen_at',
			'devices.last_sync_at',
			'devices.revoked_at'
		])
		.orderBy('devices.last_seen_at', 'desc')
		.execute();
	return rows.map((row) => ({
		clientId: row.client_id,
		userId: row.user_id,
		userName: row.user_name ?? '',
		label: row.label,
		createdAt: row.created_at,
		lastSeenAt: row.last_seen_at,
		lastSyncAt: row.last_sync_at,
		revokedAt: row.revoked_at
	}));
}
