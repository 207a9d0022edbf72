import { json } from '@sveltejs/kit';
import type { DevicesAnswer } from '$lib/domain/api/admin';
import { listDevices } from '$lib/server/auth/devices';
import { requireRole } from '$lib/server/auth/guard';
import { database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
	requireRole(locals, ['admin']);
	return json({ devices: await listDevices(database().db) } satisfies DevicesAnswer);
};
