import { z } from 'zod';
import { locales } from '../locale';
import { RETENTION_MAX_MONTHS, RETENTION_MIN_MONTHS } from '../retention';
import { isDay } from '../stats/finnish-time';
import { MAX_PULL_PAGE } from '../sync/messages';
import { statsRangeMessages, statsRangeProblem } from '../stats/range';
import { EpochId } from '../sync/protocol';

/**
 * What /api/v1 accepts: query strings and bodies, parsed by the server (full zod; the app
 * only sends them). Record and directory bodies, sign-in and user bodies have their own
 * modules, re-exported here so that this file lists every request.
 */
export {
	ChangePassword,
	CreateUser,
	LoginRequest,
	RegisterDevice,
	UpdateUser
} from '../schemas/account';
export { Mutation, PushRequest } from '../sync/protocol';

/** GET /api/v1/sync/pull. */
export const PullQuery = z.strictObject({
	scope: z.enum(['reference', 'records']),
	since: z.string().max(40).optional(),
	limit: z.coerce.number().int().min(1).max(MAX_PULL_PAGE).default(1000),
	/** The epoch the device's cursor belongs to: a cursor past the counter in it means a restore. */
	epoch: EpochId.optional()
});

/** GET /api/v1/directory/snapshot: `since` is where a cut-off download stopped. */
export const SnapshotQuery = z.strictObject({ since: z.string().max(40).optional() });

/** An id as the app makes them (UUIDs, better-auth's ids): no empty, long or odd value reaches SQL. */
const Id = z
	.string()
	.trim()
	.min(1)
	.max(100)
	.regex(/^[A-Za-z0-9_.:-]+$/, 'not an id');

/** GET /api/v1/admin/audit. */
export const AuditQuery = z.strictObject({
	userId: Id.optional(),
	/** A record's id; a case's id also finds its timeline entries (audit-query.ts). */
	recordId: Id.optional(),
	format: z.enum(['json', 'csv']).default('json'),
	limit: z.coerce.number().int().min(1).max(10_000).default(500)
});

const Months = z.int().min(RETENTION_MIN_MONTHS).max(RETENTION_MAX_MONTHS);

/** PUT /api/v1/admin/retention. */
export const RetentionRequest = z
	.strictObject({ contacts: Months.optional(), consultations: Months.optional() })
	.refine((body) => body.contacts !== undefined || body.consultations !== undefined, {
		message: 'Give months for contacts, consultations or both.'
	});
export type RetentionRequest = z.infer<typeof RetentionRequest>;

/**
 * The files an admin can import: HSDS services (JSON), the experts CSV, or services from the
 * national Service Catalogue (PTV open API v11 JSON, as `npm run fetch:ptv` saves it).
 */
export const importFormatNames = ['hsds', 'experts-csv', 'ptv'] as const;
export type ImportFormat = (typeof importFormatNames)[number];

/** POST /api/v1/admin/directory/import (the body is the file, as it is). */
export const ImportQuery = z.strictObject({
	format: z.enum(importFormatNames),
	dryRun: z.enum(['true', 'false']).default('false')
});

const Day = z.string().refine(isDay, 'Expected a day written YYYY-MM-DD.');

/** GET /api/v1/stats and /api/v1/stats.csv. */
/** GET /api/v1/admin/blind-spots.csv: the language of the headings and names. */
export const BlindSpotsParams = z.strictObject({ lang: z.enum(locales).optional() });

export const StatsParams = z
	.strictObject({
		from: Day,
		to: Day,
		area: z.string().min(1).max(60).optional(),
		suppress: z.enum(['0', '1', 'true', 'false']).optional(),
		lang: z.enum(locales).optional()
	})
	.superRefine((params, context) => {
		// The bounds the app keeps too (range.ts): days in a sane window, at most 20 years long.
		const problem = statsRangeProblem(params.from, params.to);
		if (problem) {
			context.addIssue({
				code: 'custom',
				message: statsRangeMessages[problem],
				path: [problem === 'reversed' ? 'to' : 'from']
			});
		}
	});
