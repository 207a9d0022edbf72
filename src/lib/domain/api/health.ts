import * as z from 'zod/mini';

export const DatabaseKind = z.enum(['sqlite', 'postgres']);
export type DatabaseKind = z.infer<typeof DatabaseKind>;

/**
 * GET /api/v1/health (liveness, no database query): the process serves; the database's
 * migration level it started with, and the app's version.
 */
export const Health = z.object({
	status: z.literal('ok'),
	db: DatabaseKind,
	/** The database's migration level (not the wire's SCHEMA_VERSION, schema-version.ts). */
	schemaVersion: z.int().check(z.nonnegative()),
	version: z.string()
});
export type Health = z.infer<typeof Health>;

/**
 * GET /api/v1/health/ready: the start is over and the database answered just now. When not
 * ready the answer is 503 with an error body (`starting`, `database_unavailable`).
 */
export const Ready = z.extend(Health, { status: z.literal('ready') });
export type Ready = z.infer<typeof Ready>;
