import pg from 'pg';

/**
 * Holds a device's row of sync_clients (before its first push: the key, by inserting it) in a
 * transaction of the test's own, on PostgreSQL. A push of that device then waits at its last
 * write — its records, audit rows, conflicts and quarantine written, nothing committed —
 * until `release`. `waiting` answers the process id of such a waiting push, if one is.
 */
export async function holdPushAtEnd(url: string, clientId: string) {
	const client = new pg.Client({ connectionString: url });
	// Watches from outside the transaction: within one, pg_stat_activity stays as first read.
	const watcher = new pg.Client({ connectionString: url });
	await Promise.all([client.connect(), watcher.connect()]);
	await client.query('BEGIN');
	const { rowCount } = await client.query(
		'SELECT 1 FROM sync_clients WHERE client_id = $1 FOR UPDATE',
		[clientId]
	);
	if (!rowCount) {
		await client.query(
			`INSERT INTO sync_clients (client_id, user_id, last_mid, updated_at) VALUES ($1, 'held', 0, '')`,
			[clientId]
		);
	}
	return {
		waiting: async (): Promise<number | null> => {
			const { rows } = await watcher.query(
				`SELECT pid FROM pg_stat_activity WHERE datname = current_database()
				   AND wait_event_type = 'Lock' AND query ILIKE 'insert into "sync_clients"%'`
			);
			return rows[0]?.pid ?? null;
		},
		/** Lets the push go on (or, its process killed, its connection end) and closes. */
		release: async (pid: number | null = null) => {
			await client.query('ROLLBACK');
			await client.end();
			for (let waited = 0; pid !== null && waited < 10_000; waited += 20) {
				const { rowCount: alive } = await watcher.query(
					'SELECT 1 FROM pg_stat_activity WHERE pid = $1',
					[pid]
				);
				if (!alive) break;
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
			await watcher.end();
		}
	};
}
