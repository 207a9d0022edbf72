import { z } from 'zod';

import { MAX_PUSH_MUTATIONS } from './messages';

export * from './messages';

export const Mutation = z.strictObject({
	mid: z.int().positive(),
	op: z.enum(['insert', 'update', 'delete']),
	table: z.string().min(1).max(40),
	id: z.uuid(),
	baseVersion: z.int().nonnegative().nullable(),
	fields: z.record(z.string().max(60), z.unknown()),
	clientTs: z.iso.datetime(),
	/** Fields whose open conflicts on this record a person settled with this change. */
	resolves: z.array(z.string().max(60)).max(60).optional()
});
export type Mutation = z.infer<typeof Mutation>;

export const PushRequest = z.strictObject({
	clientId: z.uuid(),
	schemaVersion: z.int().positive(),
	mutations: z.array(Mutation).max(MAX_PUSH_MUTATIONS)
});
export type PushRequest = z.infer<typeof PushRequest>;
