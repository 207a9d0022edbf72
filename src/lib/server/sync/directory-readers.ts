import { groupPeople, mobilePairCounty, mobilePairReaderId } from '$lib/domain/need-to-know';
import { resendCase, type Db } from './case-readers';

/** A directory entry before and after a change (null: not there, or retired). */
export interface EntryChange {
	kind: string;
	id: string;
	before: Record<string, unknown> | null;
	after: Record<string, unknown> | null;
}

/**
 * After directory entries change: who joined or left a group, and who became or stopped
 * being the mobile pair of a county. Those who left are marked 'no-longer' on the cases they
 * read that way (unless they read them in person too), and those cases flow again, so their
 * devices are sent removals; the cases of those who joined flow again so that their devices,
 * though past those rows, receive them.
 */
export async function directoryReadersChanged(
	trx: Db,
	changes: readonly EntryChange[]
): Promise<void> {
	for (const change of changes) {
		if (change.kind === 'groups') {
			const before = groupPeople(change.before);
			const after = groupPeople(change.after);
			await readerScopeChanged(
				trx,
				change.id,
				after.filter((id) => !before.includes(id)),
				before.filter((id) => !after.includes(id))
			);
		} else if (change.kind === 'experts') {
			const before = mobilePairCounty(change.before);
			const after = mobilePairCounty(change.after);
			if (before === after) continue;
			if (before) await readerScopeChanged(trx, mobilePairReaderId(before), [], [change.id]);
			if (after) await readerScopeChanged(trx, mobilePairReaderId(after), [change.id], []);
		}
	}
}

/** People (directory ids) who now read, or no longer read, the cases of one reader id. */
async function readerScopeChanged(
	trx: Db,
	readerId: string,
	gained: readonly string[],
	lost: readonly string[]
): Promise<void> {
	if (gained.length === 0 && lost.length === 0) return;
	const cases = (
		await trx
			.selectFrom('case_readers')
			.select('case_id')
			.where('reader_id', '=', readerId)
			.where('reads', '=', 'yes')
			.execute()
	).map((row) => row.case_id);
	if (cases.length === 0) return;
	const resent = new Set(gained.length > 0 ? cases : []);
	for (const personId of lost) {
		const own = new Map(
			(
				await trx
					.selectFrom('case_readers')
					.select(['case_id', 'reads'])
					.where('reader_id', '=', personId)
					.execute()
			).map((row) => [row.case_id, row.reads])
		);
		// A case they read in person (assigned) stays theirs; on the others their own id is
		// 'no-longer', which the pull finds and answers with removals.
		const removed = cases.filter((caseId) => own.get(caseId) !== 'yes');
		const unmarked = removed.filter((caseId) => !own.has(caseId));
		for (let at = 0; at < unmarked.length; at += 500) {
			await trx
				.insertInto('case_readers')
				.values(
					unmarked.slice(at, at + 500).map((caseId) => ({
						case_id: caseId,
						reader_id: personId,
						reads: 'no-longer' as const
					}))
				)
				.execute();
		}
		for (const caseId of removed) resent.add(caseId);
	}
	for (const caseId of resent) await resendCase(trx, caseId);
}
