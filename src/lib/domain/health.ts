import { z } from 'zod';

export const DatabaseKind = z.enum(['sqlite', 'postgres']);
export type DatabaseKind = z.infer<typeof DatabaseKind>;

/** Body of GET /api/v1/health. */
export const Health = z.object({
	status: z.literal('ok'),
	db: DatabaseKind,
	schemaVersion: z.int().nonnegative(),
	version: z.string()
});
export type Health = z.infer<typeof Health>;
