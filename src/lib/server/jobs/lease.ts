import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface LeaseTerms {
	/** How long the holder may take before another process may take over. */
	leaseMs: number;
	/** The least time between the end of one run and the start of the next. */
	everyMs: number;
}

/**
 * Takes the job's lease when the job is due and nobody holds it, in one UPDATE: on PostgreSQL
 * a second process's UPDATE waits for the row and then finds the lease taken; SQLite has one
 * writer. So however many processes serve, one at a time runs the job (DESIGN.md, scale).
 * Answers whether `holder` now has the lease.
 */
export async function takeLease(
	db: Kysely<Database>,
	name: string,
	holder: string,
	now: Date,
	terms: LeaseTerms
): Promise<boolean> {
	await db
		.insertInto('job_runs')
		.values({ name })
		.onConflict((oc) => oc.column('name').doNothing())
		.execute();
	const at = now.toISOString();
	const dueIfFinishedBefore = new Date(now.getTime() - terms.everyMs).toISOString();
	const taken = await db
		.updateTable('job_runs')
		.set({
			lease_holder: holder,
			lease_until: new Date(now.getTime() + terms.leaseMs).toISOString(),
			last_started_at: at
		})
		.where('name', '=', name)
		.where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', at)]))
		.where((eb) =>
			eb.or([eb('last_finished_at', 'is', null), eb('last_finished_at', '<=', dueIfFinishedBefore)])
		)
		.executeTakeFirst();
	return Number(taken.numUpdatedRows) === 1;
}

/**
 * Gives the lease back: after a run that finished (`result` recorded, so the job is not due
 * again until `everyMs` has passed), or after a failure (null: due again at the next tick).
 */
export async function releaseLease(
	db: Kysely<Database>,
	name: string,
	holder: string,
	finishedAt: Date,
	result: unknown | null
) {
	await db
		.updateTable('job_runs')
		.set({
			lease_holder: null,
			lease_until: null,
			...(result === null
				? {}
				: { last_finished_at: finishedAt.toISOString(), last_result: JSON.stringify(result) })
		})
		.where('name', '=', name)
		.where('lease_holder', '=', holder)
		.execute();
}
