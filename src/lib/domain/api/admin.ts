import * as z from 'zod/mini';
import type { DirectoryEntry } from '../schemas/directory';
import { UserProfile } from './session';

/**
 * Answers of /api/v1/admin/*. Request bodies are in schemas/account.ts (users), requests.ts
 * (retention, audit, import) and schemas/directory.ts (entries): only the server parses those.
 */

/** GET /api/v1/admin/users. */
export const UsersAnswer = z.object({ users: z.array(UserProfile) });
export type UsersAnswer = z.infer<typeof UsersAnswer>;

/** POST /api/v1/admin/users/{id}/password-reset: shown once, to be changed at sign-in. */
export const TemporaryPassword = z.object({ temporaryPassword: z.string() });
export type TemporaryPassword = z.infer<typeof TemporaryPassword>;

/** POST /api/v1/admin/users: the new person and their one-time password. */
export const CreatedUser = z.object({ user: UserProfile, temporaryPassword: z.string() });
export type CreatedUser = z.infer<typeof CreatedUser>;

/** A registered device as the admin's list shows it. */
export const DeviceInfo = z.object({
	clientId: z.string(),
	userId: z.string(),
	userName: z.string(),
	label: z.nullable(z.string()),
	createdAt: z.string(),
	lastSeenAt: z.string(),
	lastSyncAt: z.nullable(z.string()),
	revokedAt: z.nullable(z.string())
});
export type DeviceInfo = z.infer<typeof DeviceInfo>;

/** GET /api/v1/admin/devices. */
export const DevicesAnswer = z.object({ devices: z.array(DeviceInfo) });
export type DevicesAnswer = z.infer<typeof DevicesAnswer>;

/** One audit row (GET /api/v1/admin/audit; with `format=csv` the same rows as CSV). */
export const AuditEntry = z.object({
	at: z.string(),
	actorId: z.nullable(z.string()),
	action: z.string(),
	outcome: z.string(),
	clientId: z.nullable(z.string()),
	recordTable: z.nullable(z.string()),
	recordId: z.nullable(z.string()),
	fields: z.array(z.string()),
	address: z.nullable(z.string())
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditAnswer = z.object({ entries: z.array(AuditEntry) });
export type AuditAnswer = z.infer<typeof AuditAnswer>;

const Months = z.int().check(z.positive());
const RetentionMonths = z.object({ contacts: Months, consultations: Months });

/** GET and PUT /api/v1/admin/retention: months kept, the defaults, and the job's last run. */
export const RetentionAnswer = z.object({
	settings: RetentionMonths,
	defaults: RetentionMonths,
	lastRun: z.nullable(
		z.object({
			at: z.string(),
			/** Records from before these Finnish days were deleted. */
			cutoff: z.object({ contacts: z.string(), consultations: z.string() }),
			deleted: z.object({
				contacts: z.int(),
				consultations: z.int(),
				consultation_events: z.int()
			})
		})
	)
});
export type RetentionAnswer = z.infer<typeof RetentionAnswer>;

/** An entry as stored: the server validated it against schemas/directory.ts on the way in. */
const StoredEntry = z.custom<DirectoryEntry>(
	(value) =>
		typeof value === 'object' && value !== null && typeof Reflect.get(value, 'id') === 'string'
);

/** POST /api/v1/admin/directory/{kind} and PUT …/{id}: the entry as stored. */
export const EntryAnswer = z.object({ entry: StoredEntry });
export type EntryAnswer = z.infer<typeof EntryAnswer>;

/** One problem in an import file: where (line; field or column, '' for the file) and what. */
export const ImportIssue = z.object({ line: z.int(), field: z.string(), message: z.string() });
export type ImportIssue = z.infer<typeof ImportIssue>;

const ImportCounts = z.object({
	total: z.int(),
	created: z.int(),
	updated: z.int(),
	unchanged: z.int()
});

/**
 * POST /api/v1/admin/directory/import: what the file holds or did (a dry run writes nothing).
 * A real run with problems is 400 `invalid_import` with the ImportIssue list in `details`.
 */
export const ImportAnswer = z.object({
	dryRun: z.boolean(),
	kind: z.string(),
	counts: ImportCounts,
	/** The first entries as they would be stored, for the preview. */
	sample: z.array(z.record(z.string(), z.unknown())),
	errors: z.array(ImportIssue),
	/** What to check although nothing stops the import (defaults a new entry got). */
	notes: z.optional(z.array(ImportIssue)),
	/** Entries of other kinds the file brings (a PTV file's organisations). */
	related: z.optional(z.array(z.object({ kind: z.string(), counts: ImportCounts }))),
	written: z.boolean()
});
export type ImportAnswer = z.infer<typeof ImportAnswer>;

/** GET /api/v1/admin/blind-spots: what reaches each county and municipality (blind-spots.ts). */
const CoverageRow = z.object({
	kind: z.enum(['county', 'municipality']),
	id: z.string(),
	countyId: z.string(),
	counts: z.array(z.number()),
	gaps: z.number()
});
export const BlindSpotsAnswer = z.object({
	columns: z.array(z.string()),
	counties: z.array(CoverageRow),
	municipalities: z.array(CoverageRow)
});
export type BlindSpotsAnswer = z.infer<typeof BlindSpotsAnswer>;
