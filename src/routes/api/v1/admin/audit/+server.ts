import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { toCsv } from '$lib/domain/csv';
import { audit } from '$lib/server/audit';
import { queryAudit } from '$lib/server/audit-query';
import { requireRole } from '$lib/server/auth/guard';
import { parseOrFail } from '$lib/server/http';
import { database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** An id as the app makes them (UUIDs, better-auth's ids): no empty, long or odd value reaches SQL. */
const Id = z
	.string()
	.trim()
	.min(1)
	.max(100)
	.regex(/^[A-Za-z0-9_.:-]+$/, 'not an id');

const Query = z.strictObject({
	userId: Id.optional(),
	/** A record's id; a case's id also finds its timeline entries (audit-query.ts). */
	recordId: Id.optional(),
	format: z.enum(['json', 'csv']).default('json'),
	limit: z.coerce.number().int().min(1).max(10_000).default(500)
});

export const GET: RequestHandler = async ({ locals, url }) => {
	const actor = requireRole(locals, ['admin']);
	const query = parseOrFail(Query, Object.fromEntries(url.searchParams));
	const { db } = database();
	const rows = await queryAudit(db, query);
	if (query.format === 'json') return json({ entries: rows });

	await audit(db, { actorId: actor.userId, action: 'audit.export', fields: Object.keys(query) });
	const csv = toCsv(
		['at', 'actor', 'action', 'outcome', 'client', 'table', 'record', 'fields', 'address'],
		rows.map((row) => [
			row.at,
			row.actorId,
			row.action,
			row.outcome,
			row.clientId,
			row.recordTable,
			row.recordId,
			row.fields.join(','),
			row.address
		])
	);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="lahelle-audit.csv"'
		}
	});
};
