import type { EntryKind } from '$lib/domain/entry-kind';
import type { Expert } from '$lib/domain/schemas/expert';
import type { ExpertGroup } from '$lib/domain/schemas/expert-group';
import type { Service } from '$lib/domain/schemas/service';
import type { Unit } from '$lib/domain/schemas/unit';
import type { RefDb } from '../db/ref-db';
import type { SearchHit } from './search-index';

/** A search hit with its entry from the local database, ready to show. */
export type DirectoryResult =
	| { kind: 'expert'; entry: Expert }
	| { kind: 'group'; entry: ExpertGroup }
	| { kind: 'unit'; entry: Unit }
	| { kind: 'service'; entry: Service };

/**
 * The Dexie rows of `hits`, in the hits' order. Hits whose entry has gone (a pull deleted it
 * before the index caught up) are left out. One read transaction, the kinds read side by side:
 * a keystroke's rows cost one round trip to the database.
 */
export async function resolveHits(
	db: RefDb,
	hits: readonly SearchHit[]
): Promise<DirectoryResult[]> {
	if (hits.length === 0) return [];
	const ids = (kind: EntryKind) => hits.filter((hit) => hit.kind === kind).map((hit) => hit.id);
	const [experts, groups, units, services] = await db.transaction(
		'r',
		[db.experts, db.groups, db.units, db.services],
		() =>
			Promise.all([
				db.experts.bulkGet(ids('expert')),
				db.groups.bulkGet(ids('group')),
				db.units.bulkGet(ids('unit')),
				db.services.bulkGet(ids('service'))
			])
	);
	const byId = new Map<string, DirectoryResult>();
	for (const entry of experts) if (entry) byId.set(entry.id, { kind: 'expert', entry });
	for (const entry of groups) if (entry) byId.set(entry.id, { kind: 'group', entry });
	for (const entry of units) if (entry) byId.set(entry.id, { kind: 'unit', entry });
	for (const entry of services) if (entry) byId.set(entry.id, { kind: 'service', entry });
	return hits.flatMap((hit) => {
		const result = byId.get(hit.id);
		return result ? [result] : [];
	});
}

/** Organisation names by id: few, read once and kept for the rows that name them. */
export async function organisationNames(db: RefDb): Promise<Map<string, string>> {
	return new Map((await db.organisations.toArray()).map((org) => [org.id, org.name]));
}
