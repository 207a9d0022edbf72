import { json } from '@sveltejs/kit';
import type { RetentionAnswer } from '$lib/domain/api/admin';
import { RetentionRequest } from '$lib/domain/api/requests';
import { retentionDefaults } from '$lib/domain/retention';
import { requireRole } from '$lib/server/auth/guard';
import { parseBody } from '$lib/server/http';
import {
	lastRetentionRun,
	retentionSettings,
	saveRetentionSettings
} from '$lib/server/retention/settings';
import { database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

async function answer() {
	const { db } = database();
	return json({
		settings: await retentionSettings(db),
		defaults: retentionDefaults,
		lastRun: await lastRetentionRun(db)
	} satisfies RetentionAnswer);
}

/** How long each record type is kept (months), the defaults, and the last run of the job. */
export const GET: RequestHandler = async ({ locals }) => {
	requireRole(locals, ['admin']);
	return answer();
};

/** Sets the months kept for contacts (after they happened) and consultations (after closing). */
export const PUT: RequestHandler = async (event) => {
	const actor = requireRole(event.locals, ['admin']);
	const body = await parseBody(event, RetentionRequest);
	await saveRetentionSettings(database().db, actor, body);
	return answer();
};
