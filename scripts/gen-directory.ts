// `npm run gen:directory -- --experts 5000 --services 3000`: a large fictional directory for
// benchmarks, stored into the database the server would use (DATABASE_URL, else DATA_DIR).
import { parseArgs } from 'node:util';
import { connectDatabase } from '$lib/server/db/connect';
import { migrateToLatest } from '$lib/server/db/migrate';
import { storeDirectory } from '$lib/server/demo/load';
import { loadServerConfig } from '$lib/server/env';

const usage = `usage: npm run gen:directory -- [--experts N] [--services N] [--groups N] [--units N]
Adds a generated fictional directory to the database in DATABASE_URL or DATA_DIR (./data).`;

function count(value: string | undefined, name: string, fallback: number): number {
	if (value === undefined) return fallback;
	const parsed = Number(value);
	if (!Number.isInteger(parsed) || parsed < 0 || parsed > 1_000_000) {
		throw new Error(`--${name} must be a whole number from 0 to 1 000 000`);
	}
	return parsed;
}

async function main() {
	const { values } = parseArgs({
		options: {
			experts: { type: 'string' },
			services: { type: 'string' },
			groups: { type: 'string' },
			units: { type: 'string' },
			help: { type: 'boolean', short: 'h' }
		}
	});
	if (values.help) {
		console.log(usage);
		return;
	}
	const experts = count(values.experts, 'experts', 5000);
	const size = {
		experts,
		services: count(values.services, 'services', 3000),
		// About one expert group per 50 experts and one unit per 500, as in the demo counties.
		groups: count(values.groups, 'groups', Math.max(1, Math.round(experts / 50))),
		units: count(values.units, 'units', Math.max(1, Math.round(experts / 500)))
	};

	const config = loadServerConfig(process.env);
	const handle = await connectDatabase(config.database);
	try {
		const started = performance.now();
		await migrateToLatest(handle.db);
		// One transaction: a failure part way leaves the database as it was.
		const directory = await handle.db.transaction().execute((trx) => storeDirectory(trx, size));
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		const counts = Object.entries(directory)
			.map(([kind, entries]) => `${entries.length} ${kind}`)
			.join(', ');
		console.log(`Stored ${counts} in ${seconds} s (${handle.kind} ${handle.description}).`);
	} finally {
		await handle.db.destroy();
	}
}

main().catch((error: unknown) => {
	console.error(`gen:directory: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
});
