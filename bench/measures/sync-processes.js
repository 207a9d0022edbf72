import { postgresReachable, startSyncServers } from '../support/sync.js';
import { load } from './sync-load.js';

const COUNTS = [1, 2, 4];

/**
 * Many processes, one PostgreSQL (issue 15): the sync load of sync-load.js — 50 devices, each
 * with its own session and device, pushing 10 changes and pulling a page in turn for 30 s, every
 * change checked to be on the server exactly once afterwards — against 1, 2 and 4 processes of
 * the built app on one PostgreSQL database, the requests spread over the processes as a load
 * balancer would. Requests per second and p99 latency for each; on a machine with few cores
 * the processes share them with PostgreSQL and the load generator.
 */
export async function syncProcesses() {
	if (!(await postgresReachable())) {
		console.log(
			'sync over 1, 2 and 4 processes: skipped, PostgreSQL does not answer at 127.0.0.1:5432'
		);
		return [];
	}
	const rows = [];
	for (const count of COUNTS) {
		const servers = await startSyncServers('postgres', count);
		try {
			const result = await load(servers.urls);
			const label = `sync load, 50 devices, ${count} process${count === 1 ? '' : 'es'} on one postgres`;
			rows.push(
				{
					metric: `${label} (requests/s)`,
					value: Math.round(result.requestsPerSecond),
					target: null
				},
				{ metric: `${label}: p99 latency (ms)`, value: result.p99, target: null },
				{ metric: `${label}: errors`, value: result.errors, target: 0 }
			);
		} finally {
			await servers.stop();
		}
	}
	return rows;
}
