import type { Kysely, Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Database } from './db/schema';

/** What the audit log records: names of things, never the values of a record's fields. */
export type AuditAction =
	| 'sign-in'
	| 'sign-out'
	| 'user.create'
	| 'user.update'
	| 'user.disable'
	| 'user.enable'
	| 'user.password-reset'
	| 'user.password-change'
	| 'device.register'
	| 'device.revoke'
	| 'device.refused'
	| 'record.read'
	| 'records.received'
	| 'record.write'
	| 'audit.export'
	| 'directory.create'
	| 'directory.update'
	| 'directory.retire'
	| 'directory.import'
	| 'record.expire'
	| 'retention.update'
	| 'stats.export'
	| 'demo.remove';

export interface AuditEntry {
	actorId: string | null;
	action: AuditAction;
	outcome?: 'ok' | 'denied' | 'failed';
	clientId?: string | null;
	recordTable?: string;
	recordId?: string;
	fields?: string[];
	address?: string | null;
}

/** Appends one audit row, inside the caller's transaction when it has one. */
export async function audit(db: Kysely<Database> | Transaction<Database>, entry: AuditEntry) {
	await db
		.insertInto('audit_log')
		.values({
			id: uuidv7(),
			at: new Date().toISOString(),
			actor_id: entry.actorId,
			action: entry.action,
			outcome: entry.outcome ?? 'ok',
			client_id: entry.clientId ?? null,
			record_table: entry.recordTable ?? null,
			record_id: entry.recordId ?? null,
			fields: entry.fields ? JSON.stringify(entry.fields) : null,
			address: entry.address ?? null
		})
		.execute();
}
