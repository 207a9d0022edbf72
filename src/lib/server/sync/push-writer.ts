import type { Insertable, Selectable, Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '$lib/domain/roles';
import type { ServerEpoch } from '$lib/domain/sync/epoch';
import type { AuditAction } from '../audit';
import { reserveSeq } from '../db/counters';
import type { AuditLogTable, AuditRecordsTable, Database, RecordsTable } from '../db/schema';

export type Trx = Transaction<Database>;
export type RecordRow = Selectable<RecordsTable>;

/** A stored record's fields (none for a tombstone). */
export const fieldsOf = (row: RecordRow) => JSON.parse(row.data ?? '{}') as Record<string, unknown>;

/** Rows per multi-row insert: PostgreSQL plans a VALUES list of 500 rows slower than five of 100. */
const ROWS_PER_INSERT = 100;

/**
 * What the writes of one push share, so a batch of 500 new records costs a few statements
 * rather than four per record (on PostgreSQL each is a round trip): the batch's records read
 * together, change-sequence numbers reserved together under the writers' lock, new records
 * and audit rows written together — new records before anything else reads or changes
 * records, audit rows before the commit.
 */
export class PushWriter {
	private nextSeq = 0;
	private reserved = 0;
	private readonly audits: Insertable<AuditLogTable>[] = [];
	/** Audit rows' links to the case a timeline entry belongs to (audit-query.ts). */
	private readonly auditLinks: Insertable<AuditRecordsTable>[] = [];
	/** The batch's records as this transaction has them (null: none), kept current by its writes. */
	private readonly rows = new Map<string, RecordRow | null>();
	private readonly inserts: RecordRow[] = [];

	constructor(
		readonly trx: Trx,
		private readonly actor: Actor,
		private readonly clientId: string,
		/** The server's epoch count, written into every field stamp (domain/sync/merge.ts). */
		readonly epoch: ServerEpoch
	) {}

	/** Reads the records the batch touches, under the writers' lock, so nothing changes them meanwhile. */
	async load(ids: string[]) {
		const unique = [...new Set(ids)];
		for (let at = 0; at < unique.length; at += 500) {
			const part = unique.slice(at, at + 500);
			const found = await this.trx
				.selectFrom('records')
				.selectAll()
				.where('id', 'in', part)
				.execute();
			for (const id of part) this.rows.set(id, null);
			for (const row of found) this.rows.set(row.id, row);
		}
	}

	async record(id: string): Promise<RecordRow | undefined> {
		const known = this.rows.get(id);
		if (known !== undefined) return known ?? undefined;
		await this.flushRecords();
		return this.trx.selectFrom('records').selectAll().where('id', '=', id).executeTakeFirst();
	}

	/** A new record, written with the next ones in one statement. */
	insertRecord(row: RecordRow) {
		this.inserts.push(row);
		this.rows.set(row.id, row);
	}

	/** Writes the new records still held: call before any statement that reads or changes records. */
	async flushRecords() {
		for (let at = 0; at < this.inserts.length; at += ROWS_PER_INSERT) {
			await this.trx
				.insertInto('records')
				.values(this.inserts.slice(at, at + ROWS_PER_INSERT))
				.execute();
		}
		this.inserts.length = 0;
	}

	/** What a write made of a record, for the batch's later mutations of it. */
	remember(row: RecordRow) {
		this.rows.set(row.id, row);
	}

	async reserve(count: number) {
		if (count === 0) return;
		this.nextSeq = await reserveSeq(this.trx, count);
		this.reserved = count;
	}

	/** The next sequence number: unused ones are harmless gaps, pulls only need the order. */
	async seq(): Promise<number> {
		if (this.reserved === 0) return reserveSeq(this.trx);
		this.reserved--;
		return this.nextSeq++;
	}

	/**
	 * An audit row as audit() writes it: who, which device, which record, field names only;
	 * with the case a timeline entry belongs to, so that the case's audit trail finds it.
	 */
	audit(recordTable: string, recordId: string, fields: string[], caseId?: string) {
		const id = uuidv7();
		if (caseId && caseId !== recordId) this.auditLinks.push({ record_id: caseId, audit_id: id });
		this.audits.push({
			id,
			at: new Date().toISOString(),
			actor_id: this.actor.userId,
			action: 'record.write' satisfies AuditAction,
			outcome: 'ok',
			client_id: this.clientId,
			record_table: recordTable,
			record_id: recordId,
			fields: JSON.stringify(fields),
			address: null
		});
	}

	async flushAudit() {
		for (let at = 0; at < this.audits.length; at += ROWS_PER_INSERT) {
			await this.trx
				.insertInto('audit_log')
				.values(this.audits.slice(at, at + ROWS_PER_INSERT))
				.execute();
		}
		this.audits.length = 0;
		for (let at = 0; at < this.auditLinks.length; at += ROWS_PER_INSERT) {
			await this.trx
				.insertInto('audit_records')
				.values(this.auditLinks.slice(at, at + ROWS_PER_INSERT))
				.execute();
		}
		this.auditLinks.length = 0;
	}
}
