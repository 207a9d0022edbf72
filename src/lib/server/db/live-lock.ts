import SqliteDatabase from 'better-sqlite3';

/**
 * "A server is live on this SQLite file", told by a file lock rather than a pid file: each
 * server holds a shared lock on `<file>.live` for as long as its process lives, and the
 * operating system lets go of it when the process ends in any way (kill -9 included), so
 * nothing stale is left behind and no pid can be mistaken for another process's. The restore
 * takes the exclusive lock: it fails while any server holds its shared one, and a server that
 * starts during a restore cannot get its own. SQLite's own locks on the database itself say
 * nothing here: in WAL mode an idle server holds none.
 */
export const liveLockFile = (dbFile: string): string => `${dbFile}.live`;

function open(dbFile: string, busyMs: number): SqliteDatabase.Database {
	const lock = new SqliteDatabase(liveLockFile(dbFile));
	lock.pragma(`busy_timeout = ${busyMs}`);
	return lock;
}

/** Taken by a server at start: answers a release (also done by the process ending). */
export function holdLiveLock(dbFile: string): () => void {
	const lock = open(dbFile, 5000);
	try {
		lock.exec('CREATE TABLE IF NOT EXISTS live (x)');
		// In exclusive locking mode SQLite keeps the shared lock of its first read until closed.
		lock.pragma('locking_mode = EXCLUSIVE');
		lock.prepare('SELECT count(*) FROM live').get();
	} catch (error) {
		lock.close();
		throw new Error(
			`another process holds ${liveLockFile(dbFile)} exclusively (a restore running?): ` +
				(error as Error).message
		);
	}
	return () => lock.close();
}

/**
 * Taken by the restore: answers a release, or null while a server is live on the file (one
 * holds its shared lock).
 */
export function takeExclusiveLock(dbFile: string): (() => void) | null {
	const lock = open(dbFile, 0);
	try {
		lock.exec('CREATE TABLE IF NOT EXISTS live (x)');
		lock.pragma('locking_mode = EXCLUSIVE');
		// A write takes the exclusive lock, which exclusive locking mode then keeps.
		lock.exec('BEGIN EXCLUSIVE; INSERT INTO live VALUES (1); DELETE FROM live; COMMIT');
		return () => lock.close();
	} catch (error) {
		lock.close();
		if ((error as { code?: string }).code === 'SQLITE_BUSY') return null;
		throw error;
	}
}
