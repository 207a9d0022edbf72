import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../../tests/support/server.js';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Process start to the first 200 from /api/v1/health on the embedded database: once on an
 * empty data directory (migrations + demo data) and once on an existing one. Median of `runs`.
 */
export async function coldStart(runs = 5) {
	const first = [];
	const again = [];
	for (let run = 0; run < runs; run++) {
		const dataDir = mkdtempSync(path.join(tmpdir(), 'lahelle-bench-'));
		try {
			for (const samples of [first, again]) {
				const started = performance.now();
				const server = await startServer({ DATA_DIR: dataDir });
				samples.push(performance.now() - started);
				await server.stop();
			}
		} finally {
			rmSync(dataDir, { recursive: true, force: true });
		}
	}
	return [
		{
			metric: 'cold start to health 200, new database (ms)',
			value: Math.round(median(first)),
			target: 1500
		},
		{
			metric: 'cold start to health 200, existing database (ms)',
			value: Math.round(median(again)),
			target: 1500
		}
	];
}
