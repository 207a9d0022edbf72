import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';

/** Counts rows straight from the server's database, to check what a request did or did not change. */
export async function countRows(
	env: Record<string, string>,
	dataDir: string,
	table: string
): Promise<number> {
	if (env.DATABASE_URL) {
		const client = new pg.Client({ connectionString: env.DATABASE_URL });
		await client.connect();
		try {
			const result = await client.query(`SELECT count(*)::int AS n FROM ${table}`);
			return result.rows[0].n as number;
		} finally {
			await client.end();
		}
	}
	const sqlite = new SqliteDatabase(path.join(dataDir, 'lahelle.db'), { readonly: true });
	try {
		return (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
	} finally {
		sqlite.close();
	}
}
