import { ConfigError, loadServerConfig } from './env';
import { connectDatabase } from './db/connect';
import { migrateToLatest } from './db/migrate';
import { loadDemoDataOnce } from './demo/load';
import { database, setRuntime } from './runtime';

/**
 * Opens and migrates the database, loads demo data on first start and arranges a clean close.
 * Any failure stops the process with one readable line instead of a stack trace.
 */
export async function startServer(env: Record<string, string | undefined>): Promise<void> {
	try {
		const config = loadServerConfig(env);
		const handle = await connectDatabase(config.database).catch((error: unknown) => {
			throw new ConfigError(`cannot open the ${config.database.kind} database: ${reason(error)}`);
		});
		const schemaVersion = await migrateToLatest(handle.db);
		setRuntime(handle, schemaVersion);
		const loaded = config.demoData ? await loadDemoDataOnce(handle.db) : false;
		console.log(
			`Lähelle: ${handle.kind} database ${handle.description}, schema ${schemaVersion}` +
				(loaded ? ', demo data loaded' : '')
		);
		process.once('sveltekit:shutdown', () => {
			void database().db.destroy();
		});
	} catch (error) {
		console.error(`Lähelle cannot start: ${reason(error)}`);
		process.exit(1);
	}
}

function reason(error: unknown): string {
	if (error instanceof AggregateError && error.errors.length > 0) return reason(error.errors[0]);
	if (error instanceof Error) return error.message || error.name;
	return String(error);
}
