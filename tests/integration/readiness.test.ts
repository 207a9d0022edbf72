/**
 * Health that means something (issue 15): /api/v1/health says the process serves and costs no
 * query; /api/v1/health/ready, for a load balancer, fails while the start migrates the
 * database and while the database does not answer, and recovers by itself.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Health, Ready } from '$lib/domain/api/health';
import { latestSchemaVersion } from '$lib/server/db/migrations';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/databases';
import { freePort, startServer, type RunningServer } from '../support/server.js';

const get = async (url: string) => {
	const response = await fetch(url).catch((error: unknown) => {
		// A kept-alive socket the server closed as the request left: once more, on a new one (a
		// server that is down refuses that one too, and the test fails).
		if ((error as { cause?: { code?: string } }).cause?.code !== 'UND_ERR_SOCKET') throw error;
		return fetch(url, { headers: { connection: 'close' } });
	});
	return { status: response.status, headers: response.headers, body: await response.json() };
};

describe.each(testDatabaseKinds())('readiness on %s', (kind) => {
	let database: TestDatabase;
	let server: RunningServer;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		server = await startServer(database.env);
	});
	afterAll(async () => {
		await server?.stop();
		await database?.drop();
	});

	it('answers ready with the database kind and schema, and health beside it', async () => {
		const ready = await get(`${server.url}/api/v1/health/ready`);
		expect(ready.status).toBe(200);
		expect(ready.headers.get('cache-control')).toBe('no-store');
		expect(Ready.parse(ready.body)).toMatchObject({ db: kind, schemaVersion: latestSchemaVersion });
		const health = await get(`${server.url}/api/v1/health`);
		expect(health.status).toBe(200);
		expect(Health.parse(health.body).db).toBe(kind);
	});
});

// Only where PostgreSQL runs (always in CI): a SQLite file is never unreachable, nor migrated
// by another process.
describe.each(testDatabaseKinds().filter((kind) => kind === 'postgres'))(
	'readiness on %s while it cannot serve',
	(kind) => {
		let database: TestDatabase;
		let admin: pg.Client;
		let server: RunningServer | undefined;
		let name: string;

		beforeAll(async () => {
			database = await createTestDatabase(kind);
			name = new URL(database.env.DATABASE_URL!).pathname.slice(1);
			admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
			await admin.connect();
		});
		afterAll(async () => {
			await admin?.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`).catch(() => {});
			await admin?.end();
			await server?.stop();
			await database?.drop();
		});

		it('is not ready while the start migrates the database, then ready', async () => {
			// Kysely's migrator takes this advisory lock (PostgresAdapter): holding it keeps the
			// start in its migrations for as long as the test wants.
			const holder = new pg.Client({ connectionString: database.env.DATABASE_URL });
			await holder.connect();
			await holder.query('SELECT pg_advisory_lock(3853314791062309107)');
			const port = await freePort();
			const started = startServer({ ...database.env, PORT: String(port) });
			const url = `http://127.0.0.1:${port}`;
			try {
				let first: Awaited<ReturnType<typeof get>> | undefined;
				await expect
					.poll(
						async () => {
							first = await get(`${url}/api/v1/health/ready`).catch(() => undefined);
							return first?.status;
						},
						{ timeout: 20_000, interval: 50 }
					)
					.toBe(503);
				expect(first!.body).toMatchObject({ code: 'starting' });
				expect(first!.headers.get('retry-after')).toBe('5');
				// Still migrating: the lock is held, so every check answers the same.
				expect((await get(`${url}/api/v1/health/ready`)).body.code).toBe('starting');
				expect((await get(`${url}/api/v1/health`)).status).toBe(503);
			} finally {
				await holder.query('SELECT pg_advisory_unlock(3853314791062309107)');
				await holder.end();
			}
			server = await started;
			expect((await get(`${url}/api/v1/health/ready`)).status).toBe(200);
		});

		it('is not ready while the database refuses connections, and ready again after', async () => {
			await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
			await admin.query(
				'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1',
				[name]
			);
			// Until the terminations reach every pooled connection, one may still answer.
			await expect
				.poll(async () => (await get(`${server!.url}/api/v1/health/ready`)).body, {
					timeout: 10_000
				})
				.toEqual({ code: 'database_unavailable', message: 'The database does not answer.' });
			const down = await get(`${server!.url}/api/v1/health/ready`);
			expect(down.status).toBe(503);
			expect(down.body.code).toBe('database_unavailable');
			// Liveness asks nothing of the database: the process serves, so it is not restarted.
			expect((await get(`${server!.url}/api/v1/health`)).status).toBe(200);
			// The cause is logged once per outage: whichever the check met first, the refusal
			// or the termination of the connection it held.
			await expect
				.poll(() => server!.output())
				.toMatch(/not ready: .*(not currently accepting|terminating connection)/);

			await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`);
			await expect
				.poll(async () => (await get(`${server!.url}/api/v1/health/ready`)).status, {
					timeout: 10_000
				})
				.toBe(200);
			expect(server!.output()).toContain('ready again');
		});
	}
);
