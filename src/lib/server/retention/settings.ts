import type { Kysely } from 'kysely';
import {
	retentionDefaults,
	retentionKinds,
	type RetentionResult,
	type RetentionSettings
} from '$lib/domain/retention';
import type { Actor } from '$lib/domain/roles';
import { audit } from '../audit';
import type { Database } from '../db/schema';

export const RETENTION_JOB = 'retention';

/** The months each record type is kept: the admin's choice, else the default. */
export async function retentionSettings(db: Kysely<Database>): Promise<RetentionSettings> {
	const rows = await db.selectFrom('retention_settings').select(['kind', 'months']).execute();
	const settings = { ...retentionDefaults };
	for (const row of rows) {
		if ((retentionKinds as readonly string[]).includes(row.kind)) {
			settings[row.kind as keyof RetentionSettings] = Number(row.months);
		}
	}
	return settings;
}

/** Stores the admin's choice (audited); answers the settings now in force. */
export async function saveRetentionSettings(
	db: Kysely<Database>,
	actor: Actor | null,
	settings: Partial<RetentionSettings>
): Promise<RetentionSettings> {
	const now = new Date().toISOString();
	const changed = Object.entries(settings).filter(([, months]) => months !== undefined);
	await db.transaction().execute(async (trx) => {
		for (const [kind, months] of changed) {
			await trx
				.insertInto('retention_settings')
				.values({ kind, months: months!, updated_at: now, updated_by: actor?.userId ?? null })
				.onConflict((oc) =>
					oc
						.column('kind')
						.doUpdateSet({ months: months!, updated_at: now, updated_by: actor?.userId ?? null })
				)
				.execute();
		}
		if (actor) {
			await audit(trx, {
				actorId: actor.userId,
				action: 'retention.update',
				recordTable: 'retention_settings',
				fields: changed.map(([kind]) => kind)
			});
		}
	});
	return retentionSettings(db);
}

/** When the retention job last finished and what it deleted, if it has run. */
export async function lastRetentionRun(db: Kysely<Database>): Promise<RetentionResult | null> {
	const row = await db
		.selectFrom('job_runs')
		.select('last_result')
		.where('name', '=', RETENTION_JOB)
		.executeTakeFirst();
	return row?.last_result ? (JSON.parse(row.last_result) as RetentionResult) : null;
}
