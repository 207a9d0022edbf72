import type { Kysely, Transaction } from 'kysely';
import type { RetentionResult } from '$lib/domain/retention';
import { contactFact } from '$lib/domain/stats/facts';
import { helsinkiDay, monthsBefore } from '$lib/domain/stats/finnish-time';
import { audit } from '../audit';
import { reserveSeq } from '../db/counters';
import type { Database } from '../db/schema';
import {
	applyFacts,
	catchUpStatsFacts,
	factRow,
	lockFacts,
	type RecordRowForFacts
} from '../stats/facts-table';
import { keepConsultationTotals, keepContactTotals } from './kept-totals';
import { retentionSettings } from './settings';

type Trx = Transaction<Database>;
type Row = RecordRowForFacts & { version: number };
const BATCH = 500;

/**
 * Deletes what has been kept long enough, through the same tombstone path as a sync delete
 * (deleted = 1, data = NULL, a new version and seq, an audit row), so every device deletes its
 * copy at its next pull. Before a contact or a case goes, its countable facts are added to the
 * monthly totals (stats_monthly; a case's outcome codes to stats_monthly_codes), so statistics
 * of the past stay whole. Open conflicts about a deleted record go with it. `now` is the
 * clock: tests pass their own.
 */
export async function runRetention(db: Kysely<Database>, now: Date): Promise<RetentionResult> {
	const settings = await retentionSettings(db);
	await catchUpStatsFacts(db);
	const today = helsinkiDay(now.getTime());
	const cutoff = {
		contacts: monthsBefore(today, settings.contacts),
		consultations: monthsBefore(today, settings.consultations)
	};
	const at = now.toISOString();
	const deleted = { contacts: 0, consultations: 0, consultation_events: 0 };

	// Contacts that happened before the cut-off day.
	deleted.contacts = await inBatches(
		db,
		(after) =>
			db
				.selectFrom('stats_facts')
				.select('id')
				.where('kind', '=', 'contacts')
				.where('deleted', '=', 0)
				.where('day', '<', cutoff.contacts)
				.where('id', '>', after)
				.orderBy('id')
				.limit(BATCH)
				.execute(),
		async (trx, ids) => {
			const expired = (await liveRecords(trx, 'contacts', ids)).filter((row) => {
				const fact = contactFact(JSON.parse(row.data!) as Record<string, unknown>);
				return !!fact && fact.day < cutoff.contacts;
			});
			await keepContactTotals(trx, expired);
			return tombstone(trx, expired, at);
		}
	);

	// Cases closed (or withdrawn) before the cut-off day. An ISO time before the cut-off day's
	// UTC midnight includes every instant of earlier Finnish days; the exact test is in JS.
	deleted.consultations = await inBatches(
		db,
		(after) =>
			db
				.selectFrom('stats_facts')
				.select('id')
				.where('kind', '=', 'consultations')
				.where('deleted', '=', 0)
				.where('closed_at', '<', `${cutoff.consultations}T00:00:00.000Z`)
				.where('id', '>', after)
				.orderBy('id')
				.limit(BATCH)
				.execute(),
		async (trx, ids) => {
			const expired = (await liveRecords(trx, 'consultations', ids)).filter((row) => {
				const closedAt = factRow(row).closed_at;
				return !!closedAt && helsinkiDay(closedAt) < cutoff.consultations;
			});
			await keepConsultationTotals(trx, expired);
			return tombstone(trx, expired, at);
		}
	);

	// A deleted case's timeline goes with it (also a case its owner deleted).
	deleted.consultation_events = await inBatches(
		db,
		(after) =>
			db
				.selectFrom('stats_facts as e')
				.innerJoin('stats_facts as c', 'c.id', 'e.parent_id')
				.select('e.id')
				.where('e.kind', '=', 'consultation_events')
				.where('e.deleted', '=', 0)
				.where('c.kind', '=', 'consultations')
				.where('c.deleted', '=', 1)
				.where('e.id', '>', after)
				.orderBy('e.id')
				.limit(BATCH)
				.execute(),
		async (trx, ids) => tombstone(trx, await liveRecords(trx, 'consultation_events', ids), at)
	);

	return { at, cutoff, deleted };
}

/**
 * Runs `expire` over every candidate id, one transaction per batch, walking the ids in order
 * (so a candidate that turns out not to be due is passed once, not forever).
 */
async function inBatches(
	db: Kysely<Database>,
	candidates: (after: string) => Promise<{ id: string }[]>,
	expire: (trx: Trx, ids: string[]) => Promise<number>
): Promise<number> {
	let total = 0;
	let after = '';
	for (;;) {
		const batch = await candidates(after);
		if (batch.length === 0) return total;
		after = batch[batch.length - 1]!.id;
		const ids = batch.map((row) => row.id);
		total += await db.transaction().execute(async (trx) => {
			// Facts writers take turns: the catch-up must not count these rows at the same time.
			await lockFacts(trx);
			return expire(trx, ids);
		});
	}
}

/** The rows of these ids that are still alive, read inside the deleting transaction. */
async function liveRecords(trx: Trx, kind: string, ids: string[]): Promise<Row[]> {
	const rows = await trx
		.selectFrom('records')
		.select(['id', 'kind', 'county_id', 'version', 'seq', 'deleted', 'updated_at', 'data'])
		.where('id', 'in', ids)
		.where('kind', '=', kind)
		.where('deleted', '=', 0)
		.execute();
	return rows.filter((row) => row.data !== null);
}

/** Tombstones the rows as a sync delete does, and marks their facts deleted; answers how many. */
async function tombstone(trx: Trx, rows: Row[], at: string): Promise<number> {
	if (rows.length === 0) return 0;
	const first = await reserveSeq(trx, rows.length);
	for (const [index, row] of rows.entries()) {
		await trx
			.updateTable('records')
			.set({ deleted: 1, data: null, version: row.version + 1, seq: first + index, updated_at: at })
			.where('id', '=', row.id)
			.execute();
		await audit(trx, {
			actorId: null,
			action: 'record.expire',
			recordTable: row.kind,
			recordId: row.id,
			fields: ['deleted']
		});
	}
	await applyFacts(
		trx,
		rows.map((row, index) => ({
			id: row.id,
			kind: row.kind,
			seq: first + index,
			deleted: 1,
			county_id: row.county_id
		}))
	);
	// A conflict row holds a copy of a field's value: it goes with the record.
	await trx
		.deleteFrom('sync_conflicts')
		.where(
			'record_id',
			'in',
			rows.map((row) => row.id)
		)
		.execute();
	return rows.length;
}
