import type { Kysely } from 'kysely';
import type { Database } from './db/schema';

export interface AuditFilter {
	userId?: string;
	recordId?: string;
	limit: number;
}

export interface AuditRow {
	at: string;
	actorId: string | null;
	action: string;
	outcome: string;
	clientId: string | null;
	recordTable: string | null;
	recordId: string | null;
	fields: string[];
	address: string | null;
}

/** Audit rows, newest first, by actor or by record. */
export async function queryAudit(db: Kysely<Database>, filter: AuditFilter): Promise<AuditRow[]> {
	let query = db.selectFrom('audit_log').selectAll().orderBy('at', 'desc').limit(filter.limit);
	if (filter.userId) query = query.where('actor_id', '=', filter.userId);
	if (filter.recordId) query = query.where('record_id', '=', filter.recordId);
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
