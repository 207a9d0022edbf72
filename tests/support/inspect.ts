import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';

/**
 * Reads rows straight from the server's database, to check what a request did or did not
 * change. The SQL must be valid on both SQLite and PostgreSQL, and take no parameters.
 */
export async function selectRows<T = Record<string, unknown>>(
	env: Record<string, string>,
	dataDir: string,
	sql: string
): Promise<T[]> {
	if (env.DATABASE_URL) {
		const client = new pg.Client({ connectionString: env.DATABASE_URL });
		await client.connect();
		try {
			return (await client.query(sql)).rows as T[];
		} finally {
			await client.end();
		}
	}
	const sqlite = new SqliteDatabase(path.join(dataDir, 'lahelle.db'), { readonly: true });
	try {
		return sqlite.prepare(sql).all() as T[];
	} finally {
		sqlite.close();
	}
}

/** Counts rows straight from the server's database, to check what a request did or did not change. */
export async function countRows(
	env: Record<string, string>,
	dataDir: string,
	table: string
): Promise<number> {
	const cast = env.DATABASE_URL ? '::int' : '';
	const [row] = await selectRows<{ n: number }>(
		env,
		dataDir,
		`SELECT count(*)${cast} AS n FROM ${table}`
	);
	return row?.n ?? 0;
}

/**
 * Changes rows straight in the server's database, to set up what no request can (a device
 * last seen long ago). The SQL must be valid on both SQLite and PostgreSQL, with no parameters.
 */
export async function executeSql(
	env: Record<string, string>,
	dataDir: string,
	sql: string
): Promise<void> {
	if (env.DATABASE_URL) {
		const client = new pg.Client({ connectionString: env.DATABASE_URL });
		await client.connect();
		try {
			await client.query(sql);
		} finally {
			await client.end();
		}
		return;
	}
	const sqlite = new SqliteDatabase(path.join(dataDir, 'lahelle.db'));
	try {
		sqlite.pragma('busy_timeout = 5000');
		sqlite.prepare(sql).run();
	} finally {
		sqlite.close();
	}
}
