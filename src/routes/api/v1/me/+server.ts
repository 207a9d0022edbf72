import { json } from '@sveltejs/kit';
import type { SignedIn } from '$lib/domain/api/session';
import { requireUser } from '$lib/server/auth/guard';
import { hasDemoAccounts, otPhone } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals }) => {
	const user = requireUser(locals);
	// The app keeps demoAccounts with the profile and warns on every page while it is true.
	return json({ user, demoAccounts: hasDemoAccounts(), otPhone: otPhone() } satisfies SignedIn);
};
