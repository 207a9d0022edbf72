import * as z from 'zod/mini';

export const DatabaseKind = z.enum(['sqlite', 'postgres']);
export type DatabaseKind = z.infer<typeof DatabaseKind>;

/** GET /api/v1/health: the database answered; its migration level and the app's version. */
export const Health = z.object({
	status: z.literal('ok'),
	db: DatabaseKind,
	/** The database's migration level (not the wire's SCHEMA_VERSION, schema-version.ts). */
	schemaVersion: z.int().check(z.nonnegative()),
	version: z.string()
});
export type Health = z.infer<typeof Health>;
