import { sql, type Kysely } from 'kysely';
import { legacyMunicipalityIds } from '../../../domain/legacy-area-ids';

/** A stored value with old municipality ids (a slug of the name) as Statistics Finland codes. */
function recode(value: unknown): unknown {
	if (typeof value === 'string') return legacyMunicipalityIds[value] ?? value;
	if (Array.isArray(value)) return value.map((item) => recode(item));
	return value;
}

const fields = ['municipalityId', 'municipalityIds'];

/** The document with its municipality fields recoded, or null when nothing changed. */
function recodeDocument(text: string | null): string | null {
	if (!text) return null;
	const data = JSON.parse(text) as Record<string, unknown>;
	let changed = false;
	for (const field of fields) {
		if (!(field in data)) continue;
		const next = recode(data[field]);
		if (JSON.stringify(next) !== JSON.stringify(data[field])) {
			data[field] = next;
			changed = true;
		}
	}
	return changed ? JSON.stringify(data) : null;
}

/**
 * Municipalities are identified by their Statistics Finland code from now on ("837", not
 * "tampere"). Records and directory entries holding an old id are rewritten with a new change
 * sequence number (same version: nothing a person changed), so every device pulls them again;
 * open conflicts' kept values are rewritten too. Nothing else changes (the test compares).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
	for (const table of ['records', 'directory_entries']) {
		const changed: { id: string; data: string }[] = [];
		let after = '';
		for (;;) {
			const rows: { id: string; data: string | null }[] = await db
				.selectFrom(table)
				.select(['id', 'data'])
				.where('id', '>', after)
				.orderBy('id')
				.limit(1000)
				.execute();
			if (rows.length === 0) break;
			after = rows[rows.length - 1]!.id;
			for (const row of rows) {
				const data = recodeDocument(row.data);
				if (data) changed.push({ id: row.id, data });
			}
		}
		if (changed.length === 0) continue;
		const counter = await db
			.updateTable('counters')
			.set({ value: sql`value + ${changed.length}` })
			.where('name', '=', 'seq')
			.returning('value')
			.executeTakeFirstOrThrow();
		const first = Number(counter.value) - changed.length + 1;
		for (const [index, row] of changed.entries()) {
			await db
				.updateTable(table)
				.set({ data: row.data, seq: first + index })
				.where('id', '=', row.id)
				.execute();
		}
	}

	const conflicts: { id: string; client_value: string | null; server_value: string | null }[] =
		await db
			.selectFrom('sync_conflicts')
			.select(['id', 'client_value', 'server_value'])
			.where('field', 'in', fields)
			.execute();
	for (const conflict of conflicts) {
		const value = (text: string | null) =>
			text === null ? null : JSON.stringify(recode(JSON.parse(text)));
		await db
			.updateTable('sync_conflicts')
			.set({
				client_value: value(conflict.client_value),
				server_value: value(conflict.server_value)
			})
			.where('id', '=', conflict.id)
			.execute();
	}
}

// Codes stay: the old ids covered only 118 municipalities, so there is no way back for all.
export async function down(): Promise<void> {}
