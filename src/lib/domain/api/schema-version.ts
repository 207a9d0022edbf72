/**
 * The version of the wire contract — the record fields and sync messages a device and the
 * server exchange — as opposed to the database's migration level (Health.schemaVersion).
 *
 * Raise SCHEMA_VERSION when a change to the contract means an older app would misread or
 * lose data; raise OLDEST_CLIENT_SCHEMA_VERSION to the oldest app the server can still
 * serve. Apps of versions 5 and 6 send exactly what version 7 reads (7 added, on the server
 * only, who may read which timeline entry), so the server still serves them; 8 added a case's
 * ready-for-the-group mark, which older apps neither send nor need.
 */
export const SCHEMA_VERSION = 8;
export const OLDEST_CLIENT_SCHEMA_VERSION = 5;

/** The header the app sends its SCHEMA_VERSION in (a push also carries it in its body). */
export const SCHEMA_VERSION_HEADER = 'x-lahelle-schema';

/**
 * How an app's version fits this server: `ok`; `client-outdated` — the app is older than the
 * server still serves, and must reload to get the new one (426 `client_outdated`); or
 * `server-outdated` — the app is newer than the server (a rollback, or a server not yet
 * updated), which must not take its changes (409 `server_outdated`: the app keeps them).
 */
export type SchemaFit = 'ok' | 'client-outdated' | 'server-outdated';

export function schemaFit(
	clientVersion: number,
	server: { current: number; oldestClient: number } = {
		current: SCHEMA_VERSION,
		oldestClient: OLDEST_CLIENT_SCHEMA_VERSION
	}
): SchemaFit {
	if (clientVersion < server.oldestClient) return 'client-outdated';
	if (clientVersion > server.current) return 'server-outdated';
	return 'ok';
}
