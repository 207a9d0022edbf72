import { error, json } from '@sveltejs/kit';
import type { ImportAnswer } from '$lib/domain/api/admin';
import { ImportQuery } from '$lib/domain/api/requests';
import { requireRole } from '$lib/server/auth/guard';
import { runImport } from '$lib/server/directory/import/run';
import { errorResponse, parseOrFail } from '$lib/server/http';
import { database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

async function readText(request: Request): Promise<string> {
	try {
		return await request.text();
	} catch (cause) {
		if ((cause as { status?: unknown } | null)?.status === 413) {
			error(413, {
				message: 'The file is too large; use npm run import.',
				code: 'payload_too_large'
			});
		}
		throw cause;
	}
}

/**
 * Imports a file (the body, as is) into the directory: HSDS services or the experts CSV.
 * `dryRun=true` answers the preview and writes nothing; otherwise all or nothing.
 */
export const POST: RequestHandler = async ({ locals, request, url }) => {
	const actor = requireRole(locals, ['admin']);
	const query = parseOrFail(ImportQuery, Object.fromEntries(url.searchParams));
	const dryRun = query.dryRun === 'true';
	const report = await runImport(database().db, query.format, await readText(request), {
		dryRun,
		actor: { actorId: actor.userId, clientId: locals.clientId, address: locals.address }
	});
	if (!dryRun && report.errors.length > 0) {
		return errorResponse(
			400,
			'invalid_import',
			`The file has ${report.errors.length} problem(s); nothing was imported.`,
			report.errors
		);
	}
	return json({ dryRun, ...report } satisfies ImportAnswer);
};
