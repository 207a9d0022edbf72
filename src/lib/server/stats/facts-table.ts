import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import { consultationFact, contactFact, receivedAt } from '$lib/domain/stats/facts';
import { helsinkiDay } from '$lib/domain/stats/finnish-time';
import type { Database, RecordsTable, StatsFactsTable } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;
type FactRow = Insertable<StatsFactsTable>;
export type RecordRowForFacts = Pick<
	RecordsTable,
	'id' | 'kind' | 'county_id' | 'seq' | 'updated_at' | 'data'
> & { deleted: number };

const COUNTER = 'stats_facts';
/** Statement size on both databases: 23 columns × 250 rows stays far below their limits. */
const CHUNK = 250;

/** A code list as one sorted text, so equal sets group together in SQL. */
export const joinCodes = (codes: readonly string[]) => [...codes].sort().join(',');
export const splitCodes = (text: string | null) => (text ? text.split(',') : []);

const empty = (row: RecordRowForFacts): FactRow => ({
	id: row.id,
	kind: row.kind,
	seq: Number(row.seq),
	deleted: row.deleted ? 1 : 0,
	county_id: row.county_id
});

/**
 * The facts row of a record: its countable fields and dates, never its free text. A deleted
 * record keeps a row marked deleted, so that an older copy can never bring it back.
 */
export function factRow(row: RecordRowForFacts): FactRow {
	const base = empty(row);
	if (row.deleted || !row.data) return { ...base, deleted: 1 };
	const data = JSON.parse(row.data) as Record<string, unknown>;
	if (row.kind === 'contacts') {
		const fact = contactFact(data);
		if (!fact) return base;
		return {
			...base,
			day: fact.day,
			at: String(data.occurredAt),
			contact_kind: fact.kind ?? null,
			source_type: fact.sourceType,
			channel: fact.channel,
			themes: joinCodes(fact.themes),
			actions: joinCodes(fact.actions),
			municipality_id: fact.municipalityId ?? null
		};
	}
	if (row.kind === 'consultations') {
		const fact = consultationFact(data, null);
		if (!fact) return base;
		const ended = fact.status === 'closed' || fact.status === 'withdrawn';
		const closedAt = typeof data.closedAt === 'string' ? data.closedAt : null;
		const outcome = fact.outcome!;
		return {
			...base,
			day: fact.day,
			at: receivedAt(data),
			status: fact.status,
			stage: fact.stage,
			closed_at: closedAt ?? (ended ? row.updated_at : null),
			municipality_id: fact.municipalityId ?? null,
			// The outcome codes; the meeting day as stored, its days counted when read (load.ts).
			services: joinCodes(outcome.services),
			stuck_reasons: joinCodes(outcome.stuckReasons),
			client_groups: joinCodes(outcome.clientGroups),
			help_wanted: joinCodes(outcome.helpWanted),
			given: joinCodes(outcome.given),
			rating: outcome.rating,
			meeting_day: outcome.daysToMeeting === null ? null : String(data.handlingDate)
		};
	}
	if (row.kind === 'consultation_events') {
		const at = typeof data.at === 'string' ? data.at : null;
		return {
			...base,
			day: at ? helsinkiDay(at) : null,
			at,
			parent_id: typeof data.consultationId === 'string' ? data.consultationId : null,
			// A stage entry: a move to the stage, or (its type in `status`) going past it.
			status: data.type === 'stage-skipped' ? 'stage-skipped' : null,
			stage:
				(data.type === 'stage' || data.type === 'stage-skipped') && typeof data.stage === 'string'
					? data.stage
					: null
		};
	}
	return base;
}

type FactState = Pick<
	FactRow,
	| 'kind'
	| 'deleted'
	| 'county_id'
	| 'day'
	| 'contact_kind'
	| 'source_type'
	| 'channel'
	| 'themes'
	| 'actions'
	| 'municipality_id'
>;

/** The month group a facts row counts in, or null when it is not a live contact. */
function monthGroup(row: FactState) {
	if (row.kind !== 'contacts' || row.deleted || !row.day || !row.county_id) return null;
	const group = {
		county_id: row.county_id,
		month: row.day.slice(0, 7),
		contact_kind: row.contact_kind ?? null,
		source_type: row.source_type ?? null,
		channel: row.channel ?? null,
		themes: row.themes ?? null,
		actions: row.actions ?? null,
		municipality_id: row.municipality_id ?? null
	};
	return { key: JSON.stringify(Object.values(group)), ...group };
}

const factColumns = [
	'kind',
	'seq',
	'deleted',
	'county_id',
	'day',
	'at',
	'contact_kind',
	'source_type',
	'channel',
	'themes',
	'actions',
	'status',
	'stage',
	'parent_id',
	'closed_at',
	'municipality_id',
	'services',
	'stuck_reasons',
	'client_groups',
	'help_wanted',
	'given',
	'rating',
	'meeting_day'
] as const;

/**
 * Writes facts rows and moves their contacts between the month groups (out of the group of
 * what the row said before, into the group of what it says now). A row never replaces one from
 * a newer change. Call only under lockFacts, so no two writers count the same change twice.
 */
export async function applyFacts(trx: Transaction<Database>, rows: FactRow[]) {
	if (rows.length === 0) return;
	const before = new Map<string, FactState & { seq: number }>();
	for (let start = 0; start < rows.length; start += 1000) {
		const found = await trx
			.selectFrom('stats_facts')
			.select(['id', 'seq', ...factColumns.filter((column) => column !== 'seq')])
			.where(
				'id',
				'in',
				rows.slice(start, start + 1000).map((row) => row.id)
			)
			.execute();
		for (const row of found) before.set(row.id, { ...row, seq: Number(row.seq) });
	}
	const deltas = new Map<string, NonNullable<ReturnType<typeof monthGroup>> & { count: number }>();
	const count = (row: FactState, by: number) => {
		const group = monthGroup(row);
		if (!group) return;
		const known = deltas.get(group.key);
		if (known) known.count += by;
		else deltas.set(group.key, { ...group, count: by });
	};
	const changed: FactRow[] = [];
	for (const row of rows) {
		const old = before.get(row.id);
		if (old && old.seq >= row.seq) continue;
		if (old) count(old, -1);
		count(row, 1);
		changed.push(row);
	}
	const complete = changed.map((row) => ({
		...Object.fromEntries(factColumns.map((column) => [column, null])),
		...row
	})) as FactRow[];
	for (let start = 0; start < complete.length; start += CHUNK) {
		await trx
			.insertInto('stats_facts')
			.values(complete.slice(start, start + CHUNK))
			.onConflict((oc) =>
				oc.column('id').doUpdateSet((eb) => ({
					kind: eb.ref('excluded.kind'),
					seq: eb.ref('excluded.seq'),
					deleted: eb.ref('excluded.deleted'),
					county_id: eb.ref('excluded.county_id'),
					day: eb.ref('excluded.day'),
					at: eb.ref('excluded.at'),
					contact_kind: eb.ref('excluded.contact_kind'),
					source_type: eb.ref('excluded.source_type'),
					channel: eb.ref('excluded.channel'),
					themes: eb.ref('excluded.themes'),
					actions: eb.ref('excluded.actions'),
					status: eb.ref('excluded.status'),
					stage: eb.ref('excluded.stage'),
					parent_id: eb.ref('excluded.parent_id'),
					closed_at: eb.ref('excluded.closed_at'),
					municipality_id: eb.ref('excluded.municipality_id'),
					services: eb.ref('excluded.services'),
					stuck_reasons: eb.ref('excluded.stuck_reasons'),
					client_groups: eb.ref('excluded.client_groups'),
					help_wanted: eb.ref('excluded.help_wanted'),
					given: eb.ref('excluded.given'),
					rating: eb.ref('excluded.rating'),
					meeting_day: eb.ref('excluded.meeting_day')
				}))
			)
			.execute();
	}
	const moves = [...deltas.values()].filter((delta) => delta.count !== 0);
	for (let start = 0; start < moves.length; start += CHUNK) {
		await trx
			.insertInto('stats_month_groups')
			.values(moves.slice(start, start + CHUNK))
			.onConflict((oc) =>
				oc.column('key').doUpdateSet((eb) => ({
					count: eb('stats_month_groups.count', '+', eb.ref('excluded.count'))
				}))
			)
			.execute();
	}
}

/**
 * Records read into facts per transaction (catchUpStatsFacts): in the background few, so a
 * request never waits long behind one; for a statistics request, which waits for all of them,
 * many, so the fixed cost of each transaction counts little.
 */
const FACTS_BATCH = { background: 500, waited: 5000 };

/**
 * Takes the facts' write lock for the rest of the transaction: a write to the counters row
 * (a row lock on PostgreSQL, the write lock on SQLite), so facts writers run one at a time.
 */
export async function lockFacts(trx: Transaction<Database>) {
	await trx
		.updateTable('counters')
		.set({ value: sql`value` })
		.where('name', '=', COUNTER)
		.execute();
}

/**
 * Brings stats_facts (and the month groups) level with `records`: reads the record changes
 * after the last seq it has seen, oldest first, and applies their facts. `seq` is handed out
 * under a lock inside the writing transaction (db/counters.ts), so no change can commit behind
 * the mark — the same guarantee device pulls rely on. Processes take turns by lockFacts; a
 * caller that finds nothing new takes no lock at all. Answers the rows read.
 *
 * In the `background` (the scheduled jobs), in small batches, resting as long as each took:
 * on SQLite the process has one connection and each statement its one thread, and a batch of
 * 5 000 held both ~0.6 s while a phone's sync pull waited (issue 14: the catch-up after start
 * met a new device's first pull). A statistics request, which waits for it, neither rests nor
 * cuts it small.
 */
export async function catchUpStatsFacts(
	db: Kysely<Database>,
	{
		background = false,
		batch = FACTS_BATCH[background ? 'background' : 'waited']
	}: {
		background?: boolean;
		batch?: number;
	} = {}
): Promise<number> {
	let read = 0;
	for (;;) {
		const started = performance.now();
		const mark = await factsMark(db);
		const pending = await db
			.selectFrom('records')
			.select('id')
			.where('seq', '>', mark)
			.limit(1)
			.executeTakeFirst();
		if (!pending) return read;
		const done = await db.transaction().execute(async (trx) => {
			await lockFacts(trx);
			const from = await factsMark(trx);
			const rows = await trx
				.selectFrom('records')
				.select(['id', 'kind', 'county_id', 'seq', 'deleted', 'updated_at', 'data'])
				.where('seq', '>', from)
				.orderBy('seq')
				.limit(batch)
				.execute();
			if (rows.length === 0) return 0;
			await applyFacts(trx, rows.map(factRow));
			await trx
				.updateTable('counters')
				.set({ value: Number(rows[rows.length - 1]!.seq) })
				.where('name', '=', COUNTER)
				.execute();
			return rows.length;
		});
		read += done;
		if (done < batch) return read;
		if (background) {
			await new Promise((resolve) => setTimeout(resolve, performance.now() - started));
		}
	}
}

async function factsMark(db: Db): Promise<number> {
	const mark = await db
		.selectFrom('counters')
		.select('value')
		.where('name', '=', COUNTER)
		.executeTakeFirstOrThrow();
	return Number(mark.value);
}
