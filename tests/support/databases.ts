import pg from 'pg';

export interface TestDatabase {
	name: 'sqlite' | 'postgres';
	/**
	 * Extra environment for the server: DATABASE_URL for PostgreSQL (SQLite: a file in a temp
	 * DATA_DIR), and DEMO_DATA=true for both — the suites sign in with the demo accounts, and
	 * a server with DATABASE_URL has the demo off unless asked. `databaseEnv` is without it.
	 */
	env: Record<string, string>;
	/** Only what picks the database: a server started with this alone has its default demo. */
	databaseEnv: Record<string, string>;
	drop: () => Promise<void>;
}

/**
 * The databases the integration suite runs against: always SQLite, and PostgreSQL when
 * TEST_DATABASE_URL is set — then a fresh database per call, dropped afterwards.
 */
export function testDatabaseKinds(): TestDatabase['name'][] {
	return process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

export async function createTestDatabase(kind: TestDatabase['name']): Promise<TestDatabase> {
	if (kind === 'sqlite') {
		return { name: 'sqlite', env: { DEMO_DATA: 'true' }, databaseEnv: {}, drop: async () => {} };
	}
	const adminUrl = process.env.TEST_DATABASE_URL;
	if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
	const name = `lahelle_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return {
		name: 'postgres',
		env: { DATABASE_URL: url.toString(), DEMO_DATA: 'true' },
		databaseEnv: { DATABASE_URL: url.toString() },
		drop: async () => {
			const client = new pg.Client({ connectionString: adminUrl });
			await client.connect();
			try {
				// A pool that has just been ended may still be closing its connections; forcing
				// them closed then reaches a client mid-goodbye as an uncaught error. Wait first.
				for (let waited = 0; waited < 5000; waited += 50) {
					const { rows } = await client.query(
						'SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = $1',
						[name]
					);
					if (rows[0].open === 0) break;
					await new Promise((resolve) => setTimeout(resolve, 50));
				}
				await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			} finally {
				await client.end();
			}
		}
	};
}
