/**
 * A PostgreSQL server that goes away under a connection in use (a restart, a failover, an
 * administrator) must fail that connection's work, not the whole process: the readiness check
 * met exactly that, a query failed by the termination and the socket's reset arriving before
 * the connection was given back (an unheard 'error' event stopped the server).
 */
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '$lib/server/db/connect';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/databases';

describe.each(testDatabaseKinds().filter((kind) => kind === 'postgres'))(
	'a lost connection on %s',
	(kind) => {
		let database: TestDatabase;
		let handle: DatabaseHandle;

		beforeAll(async () => {
			database = await createTestDatabase(kind);
			handle = await connectDatabase({
				kind: 'postgres',
				connectionString: database.env.DATABASE_URL!
			});
		});
		afterAll(async () => {
			await handle?.db.destroy();
			await database?.drop();
		});

		it('fails the work on a connection in use when its backend is ended, and the pool serves on', async () => {
			const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
			await admin.connect();
			const failure = await handle.db
				.connection()
				.execute(async (connection) => {
					const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(
						connection
					);
					await admin.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
					// Held, idle, while the termination and the closed socket arrive: with nobody
					// listening, either would be thrown as an uncaught error.
					await new Promise((resolve) => setTimeout(resolve, 300));
					await sql`select 1`.execute(connection);
				})
				.then(
					() => null,
					(error: unknown) => error
				);
			await admin.end();
			expect(failure).toBeInstanceOf(Error);
			const { rows } = await sql<{ one: number }>`select 1 as one`.execute(handle.db);
			expect(rows).toEqual([{ one: 1 }]);
		});
	}
);
