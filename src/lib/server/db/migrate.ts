import { Migrator, type Kysely } from 'kysely';
import type { Database } from './schema';
import { migrationProvider } from './migrations';

/** Runs every pending migration and answers the schema version now in force. */
export async function migrateToLatest(db: Kysely<Database>): Promise<number> {
	const migrator = new Migrator({ db, provider: migrationProvider });
	const { error } = await migrator.migrateToLatest();
	if (error) throw error instanceof Error ? error : new Error(String(error));
	return schemaVersion(db);
}

export async function schemaVersion(db: Kysely<Database>): Promise<number> {
	const migrator = new Migrator({ db, provider: migrationProvider });
	const applied = await migrator.getMigrations();
	return applied.filter((migration) => migration.executedAt !== undefined).length;
}
