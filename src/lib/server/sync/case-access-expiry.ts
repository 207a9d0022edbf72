import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { caseReadersNow, resendCase, updateCaseReaders } from './case-readers';

/**
 * Ends the experts' access to the cases closed longer ago than the grace period (a scheduled
 * job): their readers become 'no-longer' and the cases flow again, so that the experts'
 * devices are sent removals. Answers how many cases it ended.
 */
export async function endExpiredCaseAccess(db: Kysely<Database>, now = new Date()) {
	// Cases someone still reads whose stored JSON says they ended; the rule decides on the fields.
	const rows = await db
		.selectFrom('records')
		.select(['id', 'data'])
		.where('kind', '=', 'consultations')
		.where('deleted', '=', 0)
		.where((eb) =>
			eb.or([
				eb('data', 'like', '%"status":"closed"%'),
				eb('data', 'like', '%"status":"withdrawn"%')
			])
		)
		.where('id', 'in', (eb) =>
			eb.selectFrom('case_readers').select('case_id').where('reads', '=', 'yes')
		)
		.execute();
	let ended = 0;
	for (const row of rows) {
		await db.transaction().execute(async (trx) => {
			// The row as it is now, in the transaction: a write since the query decides.
			const current = await trx
				.selectFrom('records')
				.select('data')
				.where('id', '=', row.id)
				.executeTakeFirst();
			const readers = caseReadersNow(
				current?.data ? (JSON.parse(current.data) as Record<string, unknown>) : null,
				now
			);
			if (await updateCaseReaders(trx, row.id, readers)) {
				await resendCase(trx, row.id);
				ended++;
			}
		});
	}
	return ended;
}
