import { existsSync, renameSync, rmSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import type { ServerEpoch } from '$lib/domain/sync/epoch';
import { rotateEpoch } from '../sync/epoch';
import { connectDatabase } from './connect';
import { takeExclusiveLock } from './live-lock';
import { migrateToLatest } from './migrate';

/**
 * A consistent copy of the SQLite database while servers keep writing to it: SQLite's online
 * backup API copies page by page and starts again from any page written meanwhile, so the
 * copy is the database as of one moment (WAL contents included). Answers the pages copied.
 */
export async function backupSqlite(dbFile: string, target: string): Promise<number> {
	if (!existsSync(dbFile)) throw new Error(`there is no database at ${dbFile}`);
	if (existsSync(target)) throw new Error(`${target} exists already; choose a new file`);
	const source = new SqliteDatabase(dbFile, { readonly: true, fileMustExist: true });
	try {
		const { totalPages } = await source.backup(target);
		return totalPages;
	} finally {
		source.close();
	}
}

/** The backup file is a whole SQLite database of this app, or the restore does nothing. */
function checkBackup(file: string): void {
	if (!existsSync(file)) throw new Error(`there is no backup at ${file}`);
	const backup = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
	try {
		const check = backup.pragma('quick_check', { simple: true });
		if (check !== 'ok') throw new Error(`${file} is damaged: ${String(check)}`);
		const meta = backup
			.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'app_meta'")
			.get();
		if (!meta) throw new Error(`${file} is not a Lähelle database`);
	} catch (error) {
		if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
			throw new Error(`${file} is not a SQLite database`);
		}
		throw error;
	} finally {
		backup.close();
	}
}

export class ServerLive extends Error {}

/**
 * Puts a backup in place of the database and starts a new sync epoch, so every device re-sends
 * what the server lost (README, sync). Refuses while a server is live on the file (live-lock.ts)
 * and keeps any server from starting until it is done. The copy is made beside the database and
 * renamed over it, so a failure midway leaves the old database whole.
 */
export async function restoreSqlite(dbFile: string, backupFile: string): Promise<ServerEpoch> {
	checkBackup(backupFile);
	const release = takeExclusiveLock(dbFile);
	if (!release) {
		throw new ServerLive(
			`a Lähelle server is running on ${dbFile}; stop it (every process) and restore again`
		);
	}
	try {
		const staging = `${dbFile}.restoring`;
		rmSync(staging, { force: true });
		const source = new SqliteDatabase(backupFile, { readonly: true, fileMustExist: true });
		try {
			await source.backup(staging);
		} finally {
			source.close();
		}
		// The old database's write-ahead log belongs to it: left beside the copy, SQLite would replay it.
		for (const suffix of ['-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
		renameSync(staging, dbFile);
		const handle = await connectDatabase({ kind: 'sqlite', file: dbFile });
		try {
			await migrateToLatest(handle.db);
			return await rotateEpoch(handle.db);
		} finally {
			await handle.db.destroy();
		}
	} finally {
		release();
	}
}
