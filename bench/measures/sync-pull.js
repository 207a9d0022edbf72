import {
	median,
	postgresReachable,
	pullAll,
	pushContacts,
	signInDevice,
	startSyncServer
} from '../support/sync.js';

const RECORDS = 10_000;
const EMPTY_RUNS = 50;

/**
 * Pulls on a database holding 10 000 of the worker's contacts (pushed first through the API):
 * (a) a new device of the same worker downloads them all, 1 000 a page as the app asks;
 * (b) a device that has everything asks again: the median round trip over loopback of 50 pulls
 *     after 5 warm-ups, an upper bound of the server's time.
 * On SQLite and (when it answers at 127.0.0.1:5432) PostgreSQL.
 */
export async function syncPull() {
	const kinds = (await postgresReachable()) ? ['sqlite', 'postgres'] : ['sqlite'];
	const rows = [];
	for (const kind of kinds) {
		const server = await startSyncServer(kind);
		try {
			await pushContacts(server.url, await signInDevice(server.url), RECORDS);
			// Warm-up on another device: the first requests of a process pay for JIT and pools.
			await pullAll(server.url, await signInDevice(server.url));
			const device = await signInDevice(server.url);
			const started = performance.now();
			const { received, cursor } = await pullAll(server.url, device);
			const fullMs = performance.now() - started;
			if (received < RECORDS) throw new Error(`pulled ${received} of ${RECORDS} records`);

			const times = [];
			for (let run = 0; run < EMPTY_RUNS + 5; run++) {
				const before = performance.now();
				const { received: more } = await pullAll(server.url, device, cursor);
				if (more !== 0) throw new Error('the pull found changes where none were made');
				if (run >= 5) times.push(performance.now() - before);
			}
			rows.push(
				{
					metric: `sync pull of 10 000 records, 1 000 a page, ${kind} (ms)`,
					value: Math.round(fullMs),
					target: 1000
				},
				{
					metric: `sync pull with nothing new, median round trip, ${kind} (ms)`,
					value: Math.round(median(times) * 10) / 10,
					target: 20
				}
			);
		} finally {
			await server.stop();
		}
	}
	return rows;
}
