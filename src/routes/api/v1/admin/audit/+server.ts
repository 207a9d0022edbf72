import { json } from '@sveltejs/kit';
import type { AuditAnswer } from '$lib/domain/api/admin';
import { AuditQuery } from '$lib/domain/api/requests';
import { toCsv } from '$lib/domain/csv';
import { audit } from '$lib/server/audit';
import { queryAudit } from '$lib/server/audit-query';
import { requireRole } from '$lib/server/auth/guard';
import { parseOrFail } from '$lib/server/http';
import { database } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const actor = requireRole(locals, ['admin']);
	const query = parseOrFail(AuditQuery, Object.fromEntries(url.searchParams));
	const { db } = database();
	const rows = await queryAudit(db, query);
	if (query.format === 'json') return json({ entries: rows } satisfies AuditAnswer);

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
