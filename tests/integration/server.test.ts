import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Health } from '$lib/domain/api/health';
import { latestSchemaVersion } from '$lib/server/db/migrations';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/databases';
import { countRows } from '../support/inspect';
import { failedStart, startServer, type RunningServer } from '../support/server.js';

describe.each(testDatabaseKinds())('server on %s', (kind) => {
	let database: TestDatabase;
	let dataDir: string;
	let server: RunningServer;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		dataDir = mkdtempSync(path.join(tmpdir(), 'lahelle-int-'));
		server = await startServer({ ...database.env, DATA_DIR: dataDir });
	});

	afterAll(async () => {
		await server?.stop();
		await database?.drop();
		rmSync(dataDir, { recursive: true, force: true });
	});

	it('answers health with the database kind and the migrated schema version', async () => {
		const response = await fetch(`${server.url}/api/v1/health`);
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('no-store');
		const body = Health.parse(await response.json());
		expect(body.db).toBe(kind);
		expect(body.schemaVersion).toBe(latestSchemaVersion);
		expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
	});

	it('prints where it serves from and loads the demo data on first start', async () => {
		expect(server.output()).toMatch(new RegExp(`Lähelle: ${kind} database .*demo data loaded`));
		expect(server.output()).toMatch(/Listening on http:\/\/127\.0\.0\.1:\d+/);
		expect(await countRows(database.env, dataDir, 'directory_entries')).toBeGreaterThanOrEqual(150);
	});

	it('finishes in-flight work and exits cleanly on SIGTERM, then restarts on the same data', async () => {
		const expertsBefore = await countRows(database.env, dataDir, 'directory_entries');
		const inFlight = fetch(`${server.url}/api/v1/health`);
		const code = await server.stop();
		expect(code).toBe(0);
		expect((await inFlight).status).toBe(200);

		server = await startServer({ ...database.env, DATA_DIR: dataDir });
		// Migrations and demo data are idempotent: nothing is loaded twice.
		expect(server.output()).not.toContain('demo data loaded');
		expect(await countRows(database.env, dataDir, 'directory_entries')).toBe(expertsBefore);
		const body = Health.parse(await (await fetch(`${server.url}/api/v1/health`)).json());
		expect(body.schemaVersion).toBe(latestSchemaVersion);
	});

	it('answers an unknown API path with 404, not 500', async () => {
		const response = await fetch(`${server.url}/api/v1/no-such-thing`);
		expect(response.status).toBe(404);
	});
});

// Only where PostgreSQL runs (always in CI): SQLite has no connections to lose.
describe.each(testDatabaseKinds().filter((kind) => kind === 'postgres'))(
	'server on %s when the database closes its connections',
	(kind) => {
		let database: TestDatabase;
		let server: RunningServer;
		afterAll(async () => {
			await server?.stop();
			await database?.drop();
		});

		it('keeps running and reconnects', async () => {
			database = await createTestDatabase(kind);
			server = await startServer(database.env);
			expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);

			// As a PostgreSQL restart or an administrator would: every connection of the app goes.
			const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
			await admin.connect();
			const name = new URL(database.env.DATABASE_URL!).pathname.slice(1);
			const { rows } = await admin.query(
				'SELECT pg_terminate_backend(pid) AS closed FROM pg_stat_activity WHERE datname = $1',
				[name]
			);
			await admin.end();
			expect(rows.length).toBeGreaterThan(0);

			await expect
				.poll(() => server.output(), { timeout: 5000 })
				.toContain('database connection closed');
			expect(server.process.exitCode).toBeNull();
			const health = await fetch(`${server.url}/api/v1/health`);
			expect(health.status).toBe(200);
			expect(Health.parse(await health.json()).db).toBe('postgres');
		});
	}
);

describe('start-up with bad settings', () => {
	const oneClearLine = (output: string) => {
		const lines = output.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^Lähelle cannot start: /);
		expect(output).not.toMatch(/\n\s+at /);
	};

	it('stops with one line when DATABASE_URL is not a PostgreSQL URL', async () => {
		const { code, output } = await failedStart({ DATABASE_URL: 'mysql://localhost/x' });
		expect(code).toBe(1);
		oneClearLine(output);
		expect(output).toContain('DATABASE_URL');
	});

	it('stops with one line when PostgreSQL cannot be reached', async () => {
		const { code, output } = await failedStart({
			DATABASE_URL: 'postgres://nobody@127.0.0.1:1/nothing'
		});
		expect(code).toBe(1);
		oneClearLine(output);
		expect(output).toContain('cannot open the postgres database');
	});

	it('stops with one line when DATA_DIR is not writable', async () => {
		const { code, output } = await failedStart({ DATA_DIR: '/etc/hostname/data' });
		expect(code).toBe(1);
		oneClearLine(output);
		expect(output).toContain('DATA_DIR');
	});
});
