import { createTestDatabase, type TestDatabase } from './databases';
import { countRows, selectRows } from './inspect';
import { startServer, type RunningServer } from './server.js';

/** The built app on its own fresh database, with direct read access to that database. */
export interface TestApp {
	kind: TestDatabase['name'];
	url: string;
	server: RunningServer;
	env: Record<string, string>;
	count: (table: string) => Promise<number>;
	select: <T = Record<string, unknown>>(sql: string) => Promise<T[]>;
	stop: () => Promise<void>;
}

export async function startApp(
	kind: TestDatabase['name'],
	env: Record<string, string> = {}
): Promise<TestApp> {
	const database = await createTestDatabase(kind);
	let server: RunningServer;
	try {
		server = await startServer({ ...database.env, ...env });
	} catch (error) {
		await database.drop();
		throw error;
	}
	const app: TestApp = {
		kind,
		url: server.url,
		server,
		env: database.env,
		count: (table) => countRows(database.env, server.dataDir, table),
		select: (sql) => selectRows(database.env, server.dataDir, sql),
		// The server running now: a test may have restarted it (app.server = …).
		stop: async () => {
			await app.server.stop();
			await database.drop();
		}
	};
	return app;
}
