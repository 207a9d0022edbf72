import { sql, type Kysely } from 'kysely';

/**
 * A coordinator's internal note on a case the coordinator owns (one received from a call)
 * was marked read by the case's experts: the rule took its writer for the requester
 * (server/sync/case-readers.ts, expertsReadAfter). Such entries — not shown to the requester,
 * written by the case's owner who is a coordinator or an admin — become 'no-longer' and get
 * new seqs after every other row, so that the experts' devices that received them are sent
 * removals.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
	// Entries the old rule let experts read only because their writer owns the case.
	const candidates: { id: string; writer: string }[] = [];
	let after = '';
	for (;;) {
		const rows: { id: string; owner_id: string; data: string | null }[] = await db
			.selectFrom('records')
			.select(['id', 'owner_id', 'data'])
			.where('kind', '=', 'consultation_events')
			.where('deleted', '=', 0)
			.where('experts_read', '=', 'yes')
			.where('id', '>', after)
			.orderBy('id')
			.limit(1000)
			.execute();
		if (rows.length === 0) break;
		after = rows[rows.length - 1]!.id;
		for (const row of rows) {
			const data = row.data ? (JSON.parse(row.data) as Record<string, unknown>) : {};
			if (data.forRequester !== true && data.createdBy === row.owner_id) {
				candidates.push({ id: row.id, writer: row.owner_id });
			}
		}
	}
	// The accounts' table is better-auth's, made after these migrations (auth/create-auth.ts):
	// a database without it has nobody whose notes could be internal.
	if (candidates.length === 0) return;
	const tables = await db.introspection.getTables();
	if (!tables.some((table) => table.name === 'auth_user')) return;
	const staff = new Set<string>();
	const writers = [...new Set(candidates.map((candidate) => candidate.writer))];
	for (let at = 0; at < writers.length; at += 500) {
		const users: { id: string }[] = await db
			.selectFrom('auth_user')
			.select('id')
			.where('id', 'in', writers.slice(at, at + 500))
			.where('role', 'in', ['coordinator', 'admin'])
			.execute();
		for (const user of users) staff.add(user.id);
	}
	const internal = candidates.filter((candidate) => staff.has(candidate.writer));
	if (internal.length === 0) return;
	const counter = await db
		.updateTable('counters')
		.set({ value: sql`value + ${internal.length}` })
		.where('name', '=', 'seq')
		.returning('value')
		.executeTakeFirstOrThrow();
	const first = Number(counter.value) - internal.length + 1;
	for (const [index, { id }] of internal.entries()) {
		await db
			.updateTable('records')
			.set({ experts_read: 'no-longer', seq: first + index })
			.where('id', '=', id)
			.execute();
	}
}

// Nothing to undo: the entries stay hidden from the experts, as they always should have been.
export async function down(): Promise<void> {}
