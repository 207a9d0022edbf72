// `npm run restore -- FILE`: puts a SQLite backup in place (servers stopped) and starts a new
// sync epoch. `npm run restore -- --new-epoch`: only the new epoch, after restoring PostgreSQL
// with pg_restore (README, Backup and restore).
import { restoreSqlite, ServerLive } from '$lib/server/db/backup';
import { connectDatabase } from '$lib/server/db/connect';
import { migrateToLatest } from '$lib/server/db/migrate';
import { loadServerConfig } from '$lib/server/env';
import { rotateEpoch } from '$lib/server/sync/epoch';

const usage = 'usage: npm run restore -- FILE   (SQLite)\n       npm run restore -- --new-epoch';
const after = 'Devices re-send at their next sync what they had sent since the backup was taken.';

async function main(args: string[]): Promise<number> {
	const config = loadServerConfig(process.env);
	if (args.length === 1 && args[0] === '--new-epoch') {
		const handle = await connectDatabase(config.database);
		try {
			await migrateToLatest(handle.db);
			const epoch = await rotateEpoch(handle.db);
			console.log(`New sync epoch ${epoch.id} in ${handle.description}. ${after}`);
			return 0;
		} finally {
			await handle.db.destroy();
		}
	}
	const [file, ...rest] = args;
	if (!file || rest.length > 0 || file.startsWith('-')) {
		console.error(usage);
		return 2;
	}
	if (config.database.kind !== 'sqlite') {
		console.error(
			'DATABASE_URL is set: restore PostgreSQL with pg_restore, then run ' +
				'npm run restore -- --new-epoch (see the README, Backup and restore)'
		);
		return 2;
	}
	try {
		const epoch = await restoreSqlite(config.database.file, file);
		console.log(
			`Restored ${file} to ${config.database.file}; new sync epoch ${epoch.id}. ${after}`
		);
		return 0;
	} catch (error) {
		if (!(error instanceof ServerLive)) throw error;
		console.error(`restore refused: ${error.message}`);
		return 3;
	}
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	console.error(`restore failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
