import { sql } from 'kysely';
import type { DatabaseHandle } from './connect';

/** Our own advisory lock id (Kysely's migrator uses another for its part). */
const START_LOCK = 7_215_403_318_112_671;

/**
 * Runs a process's start-up work on the database — migrations, sign-in tables, the auth
 * secret, demo data — while no other process does. Processes started at once on one
 * PostgreSQL database (a deployment of several) would otherwise create the same tables and
 * rows side by side and fail on each other's. A session advisory lock on a connection of its
 * own, so the work itself may use any connection of the pool; it goes with the connection if
 * the process dies. SQLite: one file, one process.
 */
export async function whileStarting<T>(handle: DatabaseHandle, work: () => Promise<T>): Promise<T> {
	if (handle.kind !== 'postgres') return work();
	return handle.db.connection().execute(async (connection) => {
		await sql`select pg_advisory_lock(${sql.lit(START_LOCK)})`.execute(connection);
		try {
			return await work();
		} finally {
			await sql`select pg_advisory_unlock(${sql.lit(START_LOCK)})`.execute(connection);
		}
	});
}
