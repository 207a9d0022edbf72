import { Dexie, type EntityTable } from 'dexie';
import type { RecordFields } from '$lib/domain/schemas/record-fields';
import type { RecordTable, sensitiveFields } from '$lib/domain/sensitive-fields';
import type { AckedBatch, AckedRecord } from '$lib/domain/sync/recovery';
import type { WithEncrypted } from '../crypto/fields';
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
	/** The server epoch `baseVersion` counts in, for a change queued before a restore (README, sync). */
	baseEpoch?: string;
	/** A change re-sent after a restore: each field's acknowledged version (domain/sync/recovery.ts). */
	acked?: Record<string, number | null>;
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
	/** A refusal's code (domain/sync/refusal.ts), when the server gave one. */
	reason?: string;
	at: string;
}

/** The record tables a device keeps and syncs (server: record-kinds.ts). */
export const recordTables = ['contacts', 'consultations', 'consultation_events'] as const;

export const isRecordTable = (table: string): table is (typeof recordTables)[number] =>
	(recordTables as readonly string[]).includes(table);

/** What the device keeps with every record besides its fields. */
export type RowMeta = {
	id: string;
	/** The server's version this row is based on (0 until the server has it). */
	version: number;
	updatedAt: string;
	/** The server holds an unsettled conflict on the record. */
	flagged?: boolean;
};

/** The fields of `T` encrypted at rest on the device. */
export type SensitiveOf<T extends RecordTable> = Extract<
	(typeof sensitiveFields)[T][number],
	keyof RecordFields<T>
>;

/**
 * A record as the device stores it: its fields typed by table (record-fields.ts, the schema
 * the server checks), free text encrypted until a screen reads it (client/records/).
 */
export type StoredRow<T extends RecordTable> = RowMeta &
	WithEncrypted<RecordFields<T>, SensitiveOf<T>>;
export type ContactRow = StoredRow<'contacts'>;
export type ConsultationRow = StoredRow<'consultations'>;
export type ConsultationEventRow = StoredRow<'consultation_events'>;

/**
 * A row of any record table as the sync moves it between the server and the device, fields
 * not narrowed by table. Only the table-agnostic sync code (pull, push, mutate) handles rows
 * so; screens read typed rows through client/records/.
 */
export type SyncedRow = RowMeta & { [field: string]: unknown };

/**
 * The user's own records and the outbox. Strict durability: a write is on disk before the
 * transaction completes, so a phone that dies right after "saved" has not lost it.
 */
export class RecDb extends Dexie {
	contacts!: EntityTable<ContactRow, 'id'>;
	consultations!: EntityTable<ConsultationRow, 'id'>;
	consultation_events!: EntityTable<ConsultationEventRow, 'id'>;
	outbox!: EntityTable<OutboxRow, 'mid'>;
	syncIssues!: EntityTable<SyncIssue, 'mid'>;
	/** What the server acknowledged from this device, to re-send after a restore (README, sync). */
	acked!: EntityTable<AckedRecord, 'key'>;
	/** The same for first inserts, one row per push answer (domain/sync/recovery.ts). */
	ackedBatches!: EntityTable<AckedBatch, 'id'>;
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
		this.version(5).stores({ acked: 'key' });
		// The journal is pruned by the time of its last acknowledgment (domain/sync/journal-prune.ts);
		// entries from before it count from now, so none goes sooner than the rule allows.
		this.version(6)
			.stores({ acked: 'key, ackedAt' })
			.upgrade((tx) =>
				tx
					.table<AckedRecord, string>('acked')
					.toCollection()
					.modify((entry) => {
						entry.ackedAt ??= new Date().toISOString();
					})
			);
		this.version(7).stores({ ackedBatches: '++id, ackedAt' });
	}
}
