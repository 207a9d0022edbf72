import { json } from '@sveltejs/kit';
import { requireActor } from '$lib/server/auth/guard';
import { hasDemoAccounts } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals }) => {
	requireActor(locals);
	// The app keeps demoAccounts with the profile and warns on every page while it is true.
	return json({ user: locals.user, demoAccounts: hasDemoAccounts() });
};
