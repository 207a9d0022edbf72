import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
	// Field work records (contacts, consultation requests) as validated JSON documents with
	// per-field stamps {version, clientId} for field-level conflict detection.
	await db.schema
		.createTable('records')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('kind', 'text', (col) => col.notNull())
		.addColumn('owner_id', 'text', (col) => col.notNull())
		.addColumn('county_id', 'text', (col) => col.notNull())
		.addColumn('version', 'integer', (col) => col.notNull())
		.addColumn('seq', 'bigint', (col) => col.notNull())
		.addColumn('deleted', 'integer', (col) => col.notNull().defaultTo(0))
		.addColumn('flagged', 'integer', (col) => col.notNull().defaultTo(0))
		.addColumn('updated_at', 'text', (col) => col.notNull())
		.addColumn('data', 'text')
		.addColumn('stamps', 'text', (col) => col.notNull())
		.execute();
	await db.schema.createIndex('records_seq').on('records').column('seq').execute();
	await db.schema.createIndex('records_owner').on('records').columns(['owner_id', 'seq']).execute();
	await db.schema
		.createIndex('records_county')
		.on('records')
		.columns(['county_id', 'seq'])
		.execute();

	// Per device: the last mutation id applied, so retries are duplicates and gaps stop.
	await db.schema
		.createTable('sync_clients')
		.addColumn('client_id', 'text', (col) => col.primaryKey())
		.addColumn('user_id', 'text', (col) => col.notNull())
		.addColumn('last_mid', 'bigint', (col) => col.notNull())
		.addColumn('updated_at', 'text', (col) => col.notNull())
		.execute();

	// A device's value that lost to someone else's change, kept until a person decides.
	await db.schema
		.createTable('sync_conflicts')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('record_id', 'text', (col) => col.notNull())
		.addColumn('kind', 'text', (col) => col.notNull())
		.addColumn('field', 'text', (col) => col.notNull())
		.addColumn('client_id', 'text', (col) => col.notNull())
		.addColumn('user_id', 'text', (col) => col.notNull())
		.addColumn('client_value', 'text')
		.addColumn('server_value', 'text')
		.addColumn('server_version', 'integer', (col) => col.notNull())
		.addColumn('created_at', 'text', (col) => col.notNull())
		.addColumn('resolved_at', 'text')
		.addColumn('resolved_by', 'text')
		.addColumn('resolution', 'text')
		.execute();
	await db.schema
		.createIndex('sync_conflicts_record')
		.on('sync_conflicts')
		.column('record_id')
		.execute();

	// Mutations refused for validation or permission: kept with the reason, never dropped.
	await db.schema
		.createTable('sync_quarantine')
		.addColumn('id', 'text', (col) => col.primaryKey())
		.addColumn('client_id', 'text', (col) => col.notNull())
		.addColumn('user_id', 'text', (col) => col.notNull())
		.addColumn('mid', 'bigint', (col) => col.notNull())
		.addColumn('reason', 'text', (col) => col.notNull())
		.addColumn('mutation', 'text', (col) => col.notNull())
		.addColumn('created_at', 'text', (col) => col.notNull())
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['sync_quarantine', 'sync_conflicts', 'sync_clients', 'records']) {
		await db.schema.dropTable(table).execute();
	}
}
