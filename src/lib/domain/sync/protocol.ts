import { z } from 'zod';

import { MAX_PUSH_MUTATIONS } from './messages';

export * from './messages';

/** A server epoch's id as the server makes them (server/sync/epoch.ts). */
export const EpochId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const Mutation = z.strictObject({
	mid: z.int().positive(),
	op: z.enum(['insert', 'update', 'delete']),
	table: z.string().min(1).max(40),
	id: z.uuid(),
	baseVersion: z.int().nonnegative().nullable(),
	fields: z.record(z.string().max(60), z.unknown()),
	clientTs: z.iso.datetime(),
	/** Fields whose open conflicts on this record a person settled with this change. */
	resolves: z.array(z.string().max(60)).max(60).optional(),
	/**
	 * The server epoch `baseVersion` (and `acked`) count in, when the device made the change
	 * before a restore it has since met (README, sync: what a device re-sends).
	 */
	baseEpoch: EpochId.optional(),
	/** Re-sent after a restore: each field with the version the server had acknowledged it at. */
	acked: z.record(z.string().max(60), z.int().nonnegative().nullable()).optional()
});
export type Mutation = z.infer<typeof Mutation>;

export const PushRequest = z.strictObject({
	clientId: z.uuid(),
	schemaVersion: z.int().positive(),
	/** The server epoch the device last met; a push from another epoch is applied nowhere. */
	epoch: EpochId.optional(),
	mutations: z.array(Mutation).max(MAX_PUSH_MUTATIONS)
});
export type PushRequest = z.infer<typeof PushRequest>;
