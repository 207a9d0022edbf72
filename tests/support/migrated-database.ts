import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Migrator } from 'kysely';
import { connectDatabase, type DatabaseHandle } from '$lib/server/db/connect';
import { migrationProvider } from '$lib/server/db/migrations';
import type { DatabaseConfig } from '$lib/server/env';
import { createTestDatabase, type TestDatabase } from './databases';

/** Runs the migrations up to and including `last` (a migration's name). */
export async function migrateTo(handle: DatabaseHandle, last: string): Promise<void> {
	const { error } = await new Migrator({ db: handle.db, provider: migrationProvider }).migrateTo(
		last
	);
	if (error) throw error;
}

/** A fresh database of the kind, migrated only as far as `last`: to test the next migration. */
export async function databaseAt(kind: TestDatabase['name'], last: string) {
	const made = await createTestDatabase(kind);
	const dir = mkdtempSync(path.join(tmpdir(), 'lahelle-migrate-'));
	const config: DatabaseConfig = made.env.DATABASE_URL
		? { kind: 'postgres', connectionString: made.env.DATABASE_URL }
		: { kind: 'sqlite', file: path.join(dir, 'lahelle.db') };
	const handle = await connectDatabase(config);
	await migrateTo(handle, last);
	return {
		handle,
		close: async () => {
			await handle.db.destroy();
			await made.drop();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
