import type { Generated } from 'kysely';

/** Table shapes as the database stores them; JSON lists are kept as text on both dialects. */
export interface DirectoryEntriesTable {
	id: string;
	kind: string;
	county_id: string | null;
	version: number;
	seq: number;
	deleted: Generated<number>;
	updated_at: string;
	data: string | null;
}

export interface AppMetaTable {
	key: string;
	value: string;
}

export interface CountersTable {
	name: string;
	value: number;
}

export interface DevicesTable {
	client_id: string;
	user_id: string;
	label: string | null;
	created_at: string;
	last_seen_at: string;
	last_sync_at: string | null;
	revoked_at: string | null;
	revoked_by: string | null;
	session_id: string | null;
}

export interface AuditLogTable {
	id: string;
	at: string;
	actor_id: string | null;
	action: string;
	client_id: string | null;
	record_table: string | null;
	record_id: string | null;
	fields: string | null;
	address: string | null;
	outcome: string;
}

/** The records an audit row concerns beyond its own record_id (a pull page's, a note's case). */
export interface AuditRecordsTable {
	record_id: string;
	audit_id: string;
}

export interface LoginThrottleTable {
	key: string;
	failures: number;
	blocked_until: string | null;
	updated_at: string;
}

/** better-auth's user table, as far as our own queries read it (it owns the schema). */
export interface AuthUserTable {
	id: string;
	name: string;
	email: string;
	role: string | null;
	countyId: string;
	expertId: string | null;
	banned: number | boolean | null;
}

export interface AuthSessionTable {
	id: string;
	userId: string;
}

export interface RecordsTable {
	id: string;
	kind: string;
	owner_id: string;
	county_id: string;
	version: number;
	seq: number;
	deleted: Generated<number>;
	flagged: Generated<number>;
	updated_at: string;
	data: string | null;
	stamps: string;
	/** Whether the owner reads it without county access: 'yes', 'never', 'no-longer' (record-kinds.ts). */
	owner_reads: Generated<OwnerReads>;
	/** The case the record belongs to: a consultation's own id, a timeline entry's case. */
	case_id: string | null;
	/** Whether the experts of its case read it (case-readers.ts), as owner_reads for the owner. */
	experts_read: Generated<OwnerReads>;
}

/** Who needs to know a case: an assigned expert's or group's directory id (case-readers.ts). */
export interface CaseReadersTable {
	case_id: string;
	reader_id: string;
	reads: 'yes' | 'no-longer';
}

export type OwnerReads = 'yes' | 'never' | 'no-longer';

export interface SyncClientsTable {
	client_id: string;
	user_id: string;
	last_mid: number;
	updated_at: string;
	/** The server epoch `last_mid` counts in (migration 0010); another epoch's restarts. */
	epoch: string | null;
}

export interface SyncConflictsTable {
	id: string;
	record_id: string;
	kind: string;
	field: string;
	client_id: string;
	user_id: string;
	client_value: string | null;
	server_value: string | null;
	server_version: number;
	created_at: string;
	resolved_at: string | null;
	resolved_by: string | null;
	resolution: string | null;
}

export interface SyncQuarantineTable {
	id: string;
	client_id: string;
	user_id: string;
	mid: number;
	reason: string;
	/** The refusal's code (domain/sync/refusal.ts); null for refusals stored before it. */
	reason_code: string | null;
	mutation: string;
	created_at: string;
}

/** Countable fields of each record, kept level with `records` by seq (src/lib/server/stats). */
export interface StatsFactsTable {
	id: string;
	kind: string;
	seq: number;
	deleted: Generated<number>;
	county_id: string | null;
	day: string | null;
	at: string | null;
	contact_kind: string | null;
	source_type: string | null;
	channel: string | null;
	themes: string | null;
	actions: string | null;
	status: string | null;
	stage: string | null;
	parent_id: string | null;
	closed_at: string | null;
	municipality_id: string | null;
	/** A consultation's outcome codes (domain/stats/outcomes.ts), each list as sorted text. */
	services: string | null;
	stuck_reasons: string | null;
	client_groups: string | null;
	help_wanted: string | null;
	given: string | null;
	rating: number | null;
	/** The group's meeting day (handlingDate). */
	meeting_day: string | null;
}

/** Live contacts counted by month and by every counted value (src/lib/server/stats). */
export interface StatsMonthGroupsTable {
	key: string;
	county_id: string;
	month: string;
	contact_kind: string | null;
	source_type: string | null;
	channel: string | null;
	themes: string | null;
	actions: string | null;
	municipality_id: string | null;
	count: number;
}

/** Monthly totals of records deleted by the retention job. */
export interface StatsMonthlyTable {
	key: string;
	kind: string;
	month: string;
	county_id: string;
	contact_kind: string | null;
	source_type: string | null;
	channel: string | null;
	themes: string | null;
	actions: string | null;
	status: string | null;
	stage: string | null;
	days_to_plan: number | null;
	municipality_id: string | null;
	count: number;
}

/** Outcome codes of consultations deleted by the retention job, each counted by month. */
export interface StatsMonthlyCodesTable {
	key: string;
	month: string;
	county_id: string;
	figure: string;
	code: string;
	count: number;
}

export interface RetentionSettingsTable {
	kind: string;
	months: number;
	updated_at: string;
	updated_by: string | null;
}

/** A scheduled job's lease (one process runs it at a time) and its last run. */
export interface JobRunsTable {
	name: string;
	lease_holder: string | null;
	lease_until: string | null;
	last_started_at: string | null;
	last_finished_at: string | null;
	last_result: string | null;
}

export interface Database {
	records: RecordsTable;
	case_readers: CaseReadersTable;
	sync_clients: SyncClientsTable;
	sync_conflicts: SyncConflictsTable;
	sync_quarantine: SyncQuarantineTable;
	auth_session: AuthSessionTable;
	auth_user: AuthUserTable;
	devices: DevicesTable;
	audit_log: AuditLogTable;
	audit_records: AuditRecordsTable;
	login_throttle: LoginThrottleTable;
	counters: CountersTable;
	directory_entries: DirectoryEntriesTable;
	app_meta: AppMetaTable;
	stats_facts: StatsFactsTable;
	stats_month_groups: StatsMonthGroupsTable;
	stats_monthly: StatsMonthlyTable;
	stats_monthly_codes: StatsMonthlyCodesTable;
	retention_settings: RetentionSettingsTable;
	job_runs: JobRunsTable;
}
