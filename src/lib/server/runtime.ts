import type { Auth } from './auth/create-auth';
import type { AuthSettings } from './auth/settings';
import type { DatabaseHandle } from './db/connect';

/**
 * The process's shared services, set once at start. They hold a connection pool and
 * configuration, not user state: sessions, throttles and sync state live in the database,
 * so any number of processes can serve.
 */
interface Runtime {
	handle: DatabaseHandle;
	schemaVersion: number;
	auth: Auth;
	authSettings: AuthSettings;
	/** E-mails of the demo accounts (public password) found at start; empty on a real server. */
	demoAccounts: string[];
	/** The OT centre's number (OT_PHONE), sent to devices with the profile; null if unset. */
	otPhone: string | null;
}

let runtime: Runtime | undefined;

export function setRuntime(next: Runtime) {
	runtime = next;
}

function current(): Runtime {
	if (!runtime) throw new Error('server used before it started');
	return runtime;
}

export const database = () => current().handle;
export const currentSchemaVersion = () => current().schemaVersion;
export const auth = () => current().auth;
export const authSettings = () => current().authSettings;
/** Whether this server has demo accounts: the staff app then shows a warning on every page. */
export const hasDemoAccounts = () => current().demoAccounts.length > 0;
/** The number "Call the OT coordinator" falls back to when nobody is on duty (domain/duty.ts). */
export const otPhone = () => current().otPhone;
