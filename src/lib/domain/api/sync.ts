import * as z from 'zod/mini';
import { isPlainObject } from '../plain-object';
import type { DirectoryEntry, DirectoryKind } from '../schemas/directory';

/**
 * Answers of /api/v1/sync/*. The push body (PushRequest, Mutation) is in sync/protocol.ts:
 * only the server parses it.
 */

export const MutationStatus = z.enum(['applied', 'duplicate', 'conflict', 'rejected']);
export type MutationStatus = z.infer<typeof MutationStatus>;

/** What became of one pushed mutation. */
export const MutationResult = z.object({
	mid: z.int(),
	status: MutationStatus,
	/** The record's version after the change (applied, or conflict with some fields applied). */
	version: z.optional(z.int()),
	/** The fields whose value lost to another device's newer change. */
	conflicts: z.optional(z.array(z.string())),
	/**
	 * Why a rejected mutation was refused; on a duplicate, why it was refused when first taken
	 * (a retry whose first answer was lost: the device learns it only now).
	 */
	error: z.optional(z.string()),
	/** The refusal's code, which the device translates (domain/sync/refusal.ts). */
	reason: z.optional(z.string())
});
export type MutationResult = z.infer<typeof MutationResult>;

/** POST /api/v1/sync/push. */
export const PushResponse = z.object({
	/** Every mutation up to this id is taken (applied, refused or a duplicate): drop it. */
	lastMutationId: z.int().check(z.nonnegative()),
	serverTime: z.string(),
	results: z.array(MutationResult),
	/**
	 * The server's epoch (README, sync): a device that meets a new one re-sends what the server
	 * lost. When the push named another epoch, nothing of it was applied (`results` is empty).
	 */
	epoch: z.optional(z.string())
});
export type PushResponse = z.infer<typeof PushResponse>;

/**
 * The directory's kinds, listed without loading the entry schemas (and full zod) into the
 * browser; sync.test.ts checks the list against schemas/directory.ts.
 */
export const directoryKindNames = [
	'experts',
	'groups',
	'units',
	'organisations',
	'services'
] as const satisfies readonly DirectoryKind[];

/**
 * A record's fields: a JSON object. Checked as one, not key by key: from parsed JSON every key
 * is a string and every value unknown anyway, and a record schema copying each field cost a
 * first sync 16–150 ms per 5 000 records on the page's thread (issue 14).
 */
const JsonObject = z.custom<Record<string, unknown>>(isPlainObject);

/** One record as a records pull sends it: its latest state, or a tombstone (`data: null`). */
export const RecordChange = z.object({
	/** The record kind (contacts, consultations, consultation_events); a device skips others. */
	table: z.string(),
	id: z.string(),
	version: z.int(),
	deleted: z.boolean(),
	flagged: z.boolean(),
	data: z.nullable(JsonObject)
});
export type RecordChange = z.infer<typeof RecordChange>;

/**
 * A page of a pull: the changes after the device's cursor, the next cursor, whether more
 * follow, and `reset` when the server does not know the cursor (start again from nothing).
 */
const pullPage = <T extends z.ZodMiniType>(change: T) =>
	z.object({
		changes: z.array(change),
		cursor: z.string(),
		hasMore: z.boolean(),
		reset: z.optional(z.literal(true)),
		/** The server's epoch (README, sync); the server always sends it. */
		epoch: z.optional(z.string())
	});

/**
 * GET /api/v1/sync/pull?scope=records. `remaining`: how many more records the device is still
 * to receive after this page (counted up to a cap), for the progress of a long first sync.
 * Optional, so an app from before it reads the answer as before.
 */
export const RecordsPage = z.extend(pullPage(RecordChange), {
	remaining: z.optional(z.int().check(z.nonnegative()))
});
export type RecordsPage = z.infer<typeof RecordsPage>;

/**
 * A directory entry as it is stored: the server validated it on the way in with the full
 * schemas (schemas/directory.ts), which the browser does not load just to check it again.
 */
const StoredEntry = z.custom<DirectoryEntry>(
	(value) =>
		typeof value === 'object' && value !== null && typeof Reflect.get(value, 'id') === 'string'
);

/** One directory change in a pull page: a row's latest state, or a tombstone. */
export const ReferenceChange = z.object({
	table: z.enum(directoryKindNames),
	id: z.string(),
	version: z.int(),
	deleted: z.boolean(),
	data: z.nullable(StoredEntry)
});
export type ReferenceChange = z.infer<typeof ReferenceChange>;

/** GET /api/v1/sync/pull?scope=reference. */
export const ReferencePage = pullPage(ReferenceChange);
export type ReferencePage = z.infer<typeof ReferencePage>;

/**
 * GET /api/v1/directory/snapshot is NDJSON: this header line first, then one SnapshotLine per
 * entry (`resumed`: the rest of a cut-off download, retired entries included).
 */
export const SnapshotHeader = z.object({
	total: z.int().check(z.nonnegative()),
	cursor: z.string(),
	resumed: z.optional(z.literal(true))
});
export type SnapshotHeader = z.infer<typeof SnapshotHeader>;

/** A snapshot line: an entry (`data`), or in a resumed snapshot one retired since. */
export const SnapshotLine = z.union([
	z.object({ table: z.enum(directoryKindNames), seq: z.int(), data: StoredEntry }),
	z.object({
		table: z.enum(directoryKindNames),
		seq: z.int(),
		id: z.string(),
		deleted: z.literal(true)
	})
]);
export type SnapshotLine = z.infer<typeof SnapshotLine>;

/** Someone named in a conflict; `name` is null when the account is gone. */
export const PersonRef = z.object({ id: z.string(), name: z.nullable(z.string()) });
export type PersonRef = z.infer<typeof PersonRef>;

/** One open conflict for the coordinator's review list (DESIGN.md, sync). */
export const ConflictView = z.object({
	id: z.string(),
	table: z.enum(['contacts', 'consultations', 'consultation_events']),
	recordId: z.string(),
	/** The record's version now: a resolution is based on it. */
	recordVersion: z.int(),
	countyId: z.string(),
	field: z.string(),
	/** The value that stayed (plain: free text is encrypted only on devices). */
	serverValue: z.unknown(),
	/** The value the device sent, which lost. */
	clientValue: z.unknown(),
	/** Who sent the value that lost, and when. */
	sentBy: PersonRef,
	at: z.string(),
	/** Who last wrote the value that stayed, when known. */
	savedBy: z.nullable(PersonRef)
});
export type ConflictView = z.infer<typeof ConflictView>;

/** GET /api/v1/sync/conflicts. */
export const ConflictsAnswer = z.object({ conflicts: z.array(ConflictView) });
export type ConflictsAnswer = z.infer<typeof ConflictsAnswer>;
