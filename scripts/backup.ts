// `npm run backup -- FILE`: a consistent copy of the SQLite database (DATA_DIR) while the
// server runs. PostgreSQL has its own tools: see the README (pg_dump -Fc).
import { backupSqlite } from '$lib/server/db/backup';
import { loadServerConfig } from '$lib/server/env';

function main(args: string[]): Promise<number> | number {
	const [file, ...rest] = args;
	if (!file || rest.length > 0 || file.startsWith('-')) {
		console.error('usage: npm run backup -- FILE');
		return 2;
	}
	const config = loadServerConfig(process.env);
	if (config.database.kind !== 'sqlite') {
		console.error(
			'DATABASE_URL is set: back PostgreSQL up with its own tools, e.g. ' +
				'pg_dump -Fc -f FILE "$DATABASE_URL" (see the README, Backup and restore)'
		);
		return 2;
	}
	const from = config.database.file;
	return backupSqlite(from, file).then((pages) => {
		console.log(`Backed up ${from} to ${file} (${pages} pages).`);
		return 0;
	});
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
