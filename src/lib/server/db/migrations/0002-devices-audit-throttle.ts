import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
	// A phone or browser the app runs on; revoking it makes the server refuse it and order a wipe.
	await db.schema
		.createTable('devices')
		.addColumn('client_id', 'text', (col) => col.primaryKey())
		.addColumn('user_id', 'text', (col) => col.notNull())
		.addColumn('label', 'text')
		.addColumn('created_at', 'text', (col) => col.notNull())
		.addColumn('last_seen_at', 'text', (col) => col.notNull())
		.addColumn('last_sync_at', 'text')
		.addColumn('revoked_at', 'text')
		.addColumn('revoked_by', 'text')
		.execute();
	await db.schema.createIndex('devices_user').on('devices').column('user_id').execute();

	// Who did what to which record, and which fields — never the values.
	await db.schema
		.createTable('audit_log')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('at', 'text', (col) => col.notNull())
		.addColumn('actor_id', 'text')
		.addColumn('action', 'text', (col) => col.notNull())
		.addColumn('client_id', 'text')
		.addColumn('record_table', 'text')
		.addColumn('record_id', 'text')
		.addColumn('fields', 'text')
		.addColumn('address', 'text')
		.addColumn('outcome', 'text', (col) => col.notNull())
		.execute();
	await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
	await db.schema
		.createIndex('audit_log_actor')
		.on('audit_log')
		.columns(['actor_id', 'at'])
		.execute();
	await db.schema
		.createIndex('audit_log_record')
		.on('audit_log')
		.columns(['record_table', 'record_id'])
		.execute();

	// Failed sign-ins per account and per address, shared by every app process.
	await db.schema
		.createTable('login_throttle')
		.addColumn('key', 'text', (col) => col.primaryKey())
		.addColumn('failures', 'integer', (col) => col.notNull())
		.addColumn('blocked_until', 'text')
		.addColumn('updated_at', 'text', (col) => col.notNull())
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('login_throttle').execute();
	await db.schema.dropTable('audit_log').execute();
	await db.schema.dropTable('devices').execute();
}
