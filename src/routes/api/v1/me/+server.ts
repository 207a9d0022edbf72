import { json } from '@sveltejs/kit';
import { requireActor } from '$lib/server/auth/guard';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals }) => {
	requireActor(locals);
	return json({ user: locals.user });
};
