import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema';

/**
 * Reserves `count` change-sequence numbers inside the caller's transaction and answers the
 * first. The row lock serialises writers on PostgreSQL; SQLite has one writer anyway.
 */
export async function reserveSeq(
	trx: Transaction<Database> | Kysely<Database>,
	count = 1
): Promise<number> {
	const row = await trx
		.updateTable('counters')
		.set({ value: sql`value + ${count}` })
		.where('name', '=', 'seq')
		.returning('value')
		.executeTakeFirstOrThrow();
	return Number(row.value) - count + 1;
}

/**
 * The last change-sequence number handed out (committed), for both pull scopes: no cursor the
 * server made can be past it, so a cursor that is names nothing the server knows.
 */
export async function currentSeq(db: Kysely<Database>): Promise<number> {
	const row = await db
		.selectFrom('counters')
		.select('value')
		.where('name', '=', 'seq')
		.executeTakeFirst();
	return Number(row?.value ?? 0);
}
