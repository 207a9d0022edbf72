import { postgresReachable, pushContacts, signInDevice, startSyncServer } from '../support/sync.js';

const RECORDS = 10_000;

/**
 * A device comes online with 10 000 queued contacts and pushes them as the app does: batches of
 * 500, one after the other, each applied in one transaction with validation, the device check
 * and an audit row per record. Wall time from the first request to the last answer, over
 * loopback, on SQLite and (when it answers at 127.0.0.1:5432) PostgreSQL.
 */
export async function syncPush() {
	const kinds = (await postgresReachable()) ? ['sqlite', 'postgres'] : ['sqlite'];
	const rows = [];
	for (const kind of kinds) {
		const server = await startSyncServer(kind);
		try {
			const device = await signInDevice(server.url);
			// A short warm-up on another device, so the first batch does not pay for JIT and pools.
			await pushContacts(server.url, await signInDevice(server.url), 500);
			const ms = await pushContacts(server.url, device, RECORDS);
			rows.push({
				metric: `sync push of 10 000 queued records, 500 a batch, ${kind} (ms)`,
				value: Math.round(ms),
				target: 2000
			});
		} finally {
			await server.stop();
		}
	}
	return rows;
}
