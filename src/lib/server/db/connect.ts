import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseKind } from '$lib/domain/api/health';
import type { DatabaseConfig } from '../env';
import type { Database } from './schema';

export interface DatabaseHandle {
	db: Kysely<Database>;
	kind: DatabaseKind;
	/** Where the data lives, for the start-up line (never the password). */
	description: string;
}

// PostgreSQL bigint/numeric come back as strings by default; our counters fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export async function connectDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
	if (config.kind === 'sqlite') {
		const sqlite = new SqliteDatabase(config.file);
		sqlite.pragma('journal_mode = WAL');
		sqlite.pragma('synchronous = NORMAL');
		sqlite.pragma('foreign_keys = ON');
		sqlite.pragma('busy_timeout = 5000');
		return {
			db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }),
			kind: 'sqlite',
			description: config.file
		};
	}
	const url = new URL(config.connectionString);
	const pool = new pg.Pool({ connectionString: config.connectionString, max: 10 });
	// An idle connection the server closes (a restart, a failover, an administrator) is dropped
	// from the pool and replaced on next use; unheard, its error would stop the whole process.
	pool.on('error', (error) => console.error(`database connection closed: ${error.message}`));
	// The pool listens only to its idle connections. One in use whose server goes away (a query
	// failed by the termination, the socket's reset right after, before it is given back)
	// would emit an unheard error too: its query fails with the cause already, so this one
	// need only be heard. Given back, such a connection is dropped from the pool.
	pool.on('connect', (client) => client.on('error', () => {}));
	// Fail at start, not at the first request, when the server is unreachable or refuses us.
	const client = await pool.connect();
	client.release();
	return {
		db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
		kind: 'postgres',
		description: `${url.hostname}:${url.port || 5432}${url.pathname}`
	};
}
