import type { AuditEntry } from '$lib/domain/api/admin';
import type { Kysely } from 'kysely';
import type { Database } from './db/schema';

export interface AuditFilter {
	userId?: string;
	recordId?: string;
	limit: number;
}

/** One audit row, as GET /api/v1/admin/audit answers it. */
export type AuditRow = AuditEntry;

/**
 * Audit rows, newest first, by actor or by record. A record's rows are those about it and
 * those linked to it (audit_records): the pull pages that delivered it, and — for a case —
 * the pull pages and writes of its timeline entries, so a case's id answers "who has seen
 * this case, and who wrote on it?".
 */
export async function queryAudit(db: Kysely<Database>, filter: AuditFilter): Promise<AuditRow[]> {
	let query = db.selectFrom('audit_log').selectAll().orderBy('at', 'desc').limit(filter.limit);
	if (filter.userId) query = query.where('actor_id', '=', filter.userId);
	const recordId = filter.recordId;
	if (recordId) {
		query = query.where((eb) =>
			eb.or([
				eb('record_id', '=', recordId),
				eb(
					'id',
					'in',
					eb.selectFrom('audit_records').select('audit_id').where('record_id', '=', recordId)
				)
			])
		);
	}
	const rows = await query.execute();
	return rows.map((row) => ({
		at: row.at,
		actorId: row.actor_id,
		action: row.action,
		outcome: row.outcome,
		clientId: row.client_id,
		recordTable: row.record_table,
		recordId: row.record_id,
		fields: row.fields ? (JSON.parse(row.fields) as string[]) : [],
		address: row.address
	}));
}
