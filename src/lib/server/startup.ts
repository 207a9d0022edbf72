import { createAuth, migrateAuth } from './auth/create-auth';
import { authSecret } from './auth/secret';
import { loadAuthSettings } from './auth/settings';
import { connectDatabase } from './db/connect';
import { migrateToLatest } from './db/migrate';
import { loadDemoDataOnce } from './demo/load';
import { ConfigError, loadServerConfig } from './env';
import { startScheduledJobs } from './jobs/schedule';
import { database, setRuntime } from './runtime';

/**
 * Opens and migrates the database, sets up sign-in, loads demo data on first start and
 * arranges a clean close. Any failure stops the process with one readable line.
 */
export async function startServer(env: Record<string, string | undefined>): Promise<void> {
	try {
		const config = loadServerConfig(env);
		const authSettings = loadAuthSettings(env);
		const handle = await connectDatabase(config.database).catch((error: unknown) => {
			throw new ConfigError(`cannot open the ${config.database.kind} database: ${reason(error)}`);
		});
		const schemaVersion = await migrateToLatest(handle.db);
		const secret = await authSecret(handle.db, authSettings.secret);
		const auth = createAuth(handle.db, handle.kind, authSettings, secret);
		await migrateAuth(auth);
		setRuntime({ handle, schemaVersion, auth, authSettings });
		const loaded = config.demoData ? await loadDemoDataOnce(handle.db, auth) : false;
		console.log(
			`Lähelle: ${handle.kind} database ${handle.description}, schema ${schemaVersion}` +
				(loaded ? ', demo data loaded' : '') +
				(authSettings.oidc ? ', OpenID Connect sign-in on' : '')
		);
		// Statistics facts and the daily retention run (one process at a time, by a lease).
		const stopJobs = startScheduledJobs(handle.db);
		process.once('sveltekit:shutdown', () => {
			stopJobs();
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
