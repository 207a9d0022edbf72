import { createAuth, migrateAuth } from './auth/create-auth';
import { authSecret } from './auth/secret';
import { loadAuthSettings } from './auth/settings';
import { connectDatabase } from './db/connect';
import { holdLiveLock } from './db/live-lock';
import { migrateToLatest } from './db/migrate';
import { whileStarting } from './db/start-lock';
import {
	findDemoAccounts,
	findDemoData,
	isEmpty,
	type DemoAccount,
	type FoundDemoData
} from './demo/found';
import { loadDemoDataOnce } from './demo/load';
import { removeDemoData } from './demo/remove';
import { demoAccountsWarning, demoRemovalReport } from './demo/report';
import { ConfigError, loadServerConfig } from './env';
import { startScheduledJobs } from './jobs/schedule';
import { database, setRuntime } from './runtime';
import { setCaseAccessGraceDays } from './sync/case-readers';

/** The SQLite live lock's release; referenced here so the lock lives as long as the server. */
let liveLock: (() => void) | undefined;

/**
 * Opens and migrates the database, sets up sign-in, loads demo data on first start (or, with
 * the demo off, removes any demo data found) and arranges a clean close. Any failure stops
 * the process with one readable line.
 */
export async function startServer(env: Record<string, string | undefined>): Promise<void> {
	try {
		const config = loadServerConfig(env);
		setCaseAccessGraceDays(config.caseAccessGraceDays);
		const authSettings = loadAuthSettings(env);
		const handle = await connectDatabase(config.database).catch((error: unknown) => {
			throw new ConfigError(`cannot open the ${config.database.kind} database: ${reason(error)}`);
		});
		// Held for the process's life: `npm run restore` refuses while it is (db/live-lock.ts).
		if (config.database.kind === 'sqlite') liveLock = holdLiveLock(config.database.file);
		// One process at a time, when several start at once on one database.
		const started = await whileStarting(handle, async () => {
			const schemaVersion = await migrateToLatest(handle.db);
			const secret = await authSecret(handle.db, authSettings.secret);
			const auth = createAuth(handle.db, handle.kind, authSettings, secret);
			await migrateAuth(auth);
			let loaded = false;
			let demoAccounts: DemoAccount[] = [];
			let removed: FoundDemoData | undefined;
			if (config.demoData) {
				loaded = await loadDemoDataOnce(handle.db, auth);
				demoAccounts = await findDemoAccounts(handle.db, auth);
			} else {
				removed = await findDemoData(handle.db, auth);
				if (isEmpty(removed)) removed = undefined;
				else await removeDemoData(handle.db, removed).catch(refuseToKeep);
			}
			return { schemaVersion, auth, loaded, demoAccounts, removed };
		});
		const { schemaVersion, auth, loaded, demoAccounts, removed } = started;
		setRuntime({
			handle,
			schemaVersion,
			auth,
			authSettings,
			demoAccounts: demoAccounts.map((account) => account.email),
			otPhone: config.otPhone
		});
		console.log(
			`Lähelle: ${handle.kind} database ${handle.description}, schema ${schemaVersion}, ` +
				`demo data ${loaded ? 'loaded' : config.demoData ? 'on' : 'off'} (${config.demoDataReason})` +
				(authSettings.oidc ? ', OpenID Connect sign-in on' : '')
		);
		if (removed) console.log(demoRemovalReport(removed));
		if (demoAccounts.length > 0) console.error(demoAccountsWarning(demoAccounts));
		// Statistics facts and the daily retention run (one process at a time, by a lease).
		const stopJobs = startScheduledJobs(handle.db, config.jobCheckMs);
		process.once('sveltekit:shutdown', () => {
			stopJobs();
			void database().db.destroy();
			liveLock?.();
		});
	} catch (error) {
		console.error(`Lähelle cannot start: ${reason(error)}`);
		process.exit(1);
	}
}

/** The demo is off but its data could not go: never serve on with a known password. */
function refuseToKeep(error: unknown): never {
	throw new ConfigError(
		`DEMO_DATA is off, but the demo data in the database could not be removed ` +
			`(${reason(error)}); nothing was removed. Fix the cause and start again, ` +
			`or set DEMO_DATA=true to keep running as a demo for now.`
	);
}

function reason(error: unknown): string {
	if (error instanceof AggregateError && error.errors.length > 0) return reason(error.errors[0]);
	if (error instanceof Error) return error.message || error.name;
	return String(error);
}
