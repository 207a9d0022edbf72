import { Dexie, type EntityTable } from 'dexie';
import type { MetaRow } from './ref-db';

/** One pending local change, kept until the server acknowledges it (DESIGN.md, sync). */
export interface OutboxRow {
	mid: number;
	op: 'insert' | 'update' | 'delete';
	table: string;
	id: string;
	baseVersion: number | null;
	fields: Record<string, unknown>;
	clientTs: string;
	/** Fields whose conflicts a person settled with this change (DESIGN.md, sync). */
	resolves?: string[];
}

/**
 * A change the server did not simply apply: a conflict (someone else changed the same field)
 * or a rejection (kept in the server's quarantine). Shown to the user until they look at it.
 */
export interface SyncIssue {
	mid: number;
	table: string;
	recordId: string;
	status: 'conflict' | 'rejected';
	fields: string[];
	/** What this device sent for those fields (sensitive ones still encrypted), to offer "keep yours". */
	yours?: Record<string, unknown>;
	error?: string;
	at: string;
}

/** The record tables a device keeps and syncs (server: record-kinds.ts). */
export const recordTables = ['contacts', 'consultations', 'consultation_events'] as const;

export const isRecordTable = (table: string): table is (typeof recordTables)[number] =>
	(recordTables as readonly string[]).includes(table);

/** Rows of the user's own records; their fields are filled in by the records work. */
export interface RecordRow {
	id: string;
	version: number;
	updatedAt: string;
	[field: string]: unknown;
}

/**
 * The user's own records and the outbox. Strict durability: a write is on disk before the
 * transaction completes, so a phone that dies right after "saved" has not lost it.
 */
export class RecDb extends Dexie {
	contacts!: EntityTable<RecordRow, 'id'>;
	consultations!: EntityTable<RecordRow, 'id'>;
	consultation_events!: EntityTable<RecordRow, 'id'>;
	outbox!: EntityTable<OutboxRow, 'mid'>;
	syncIssues!: EntityTable<SyncIssue, 'mid'>;
	meta!: EntityTable<MetaRow, 'key'>;

	constructor(name = 'rec') {
		super(name, { chromeTransactionDurability: 'strict' });
		this.version(1).stores({
			contacts: 'id, updatedAt',
			consultations: 'id, updatedAt',
			outbox: 'mid, [table+id]',
			meta: 'key'
		});
		this.version(2).stores({ syncIssues: 'mid, recordId' });
		this.version(3).stores({ consultation_events: 'id, consultationId, updatedAt' });
		// Statistics read one county's days at a time (src/lib/client/stats/local-stats.ts).
		this.version(4).stores({ contacts: 'id, updatedAt, [countyId+occurredAt]' });
	}
}
