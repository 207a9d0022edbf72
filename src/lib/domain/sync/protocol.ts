import { z } from 'zod';

/** Limits of one push (DESIGN.md): at most 500 mutations and about 1 MB. */
export const MAX_PUSH_MUTATIONS = 500;

export const Mutation = z.strictObject({
	mid: z.int().positive(),
	op: z.enum(['insert', 'update', 'delete']),
	table: z.string().min(1).max(40),
	id: z.uuid(),
	baseVersion: z.int().nonnegative().nullable(),
	fields: z.record(z.string().max(60), z.unknown()),
	clientTs: z.iso.datetime()
});
export type Mutation = z.infer<typeof Mutation>;

export const PushRequest = z.strictObject({
	clientId: z.uuid(),
	schemaVersion: z.int().positive(),
	mutations: z.array(Mutation).max(MAX_PUSH_MUTATIONS)
});
export type PushRequest = z.infer<typeof PushRequest>;

export type MutationStatus = 'applied' | 'duplicate' | 'conflict' | 'rejected';

export interface MutationResult {
	mid: number;
	status: MutationStatus;
	version?: number;
	conflicts?: string[];
	error?: string;
}

export interface PushResponse {
	lastMutationId: number;
	serverTime: string;
	results: MutationResult[];
}

/**
 * How the server treats each mutation id from a client whose last stored id is `lastMid`:
 * already seen → duplicate; the next one → apply; anything after a gap → stop there, so
 * nothing is applied out of order.
 */
export function classifyMid(mid: number, lastMid: number): 'duplicate' | 'apply' | 'gap' {
	if (mid <= lastMid) return 'duplicate';
	return mid === lastMid + 1 ? 'apply' : 'gap';
}
