import type { DatabaseHandle } from './db/connect';

/**
 * The process's database handle, set once at start. It holds a connection pool, not user
 * state: sessions and sync state live in the database so any number of processes can serve.
 */
let handle: DatabaseHandle | undefined;
let version = 0;

export function setRuntime(next: DatabaseHandle, schemaVersion: number) {
	handle = next;
	version = schemaVersion;
}

export function database(): DatabaseHandle {
	if (!handle) throw new Error('database used before the server started');
	return handle;
}

export function currentSchemaVersion(): number {
	return version;
}
