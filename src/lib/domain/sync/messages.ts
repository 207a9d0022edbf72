/**
 * The sync protocol's limits, answers and mid rule, without zod: the browser's sync engine
 * imports these, and the schemas (protocol.ts) stay on the server.
 */

/** Limits of one push (DESIGN.md): at most 500 mutations and about 1 MB. */
export const MAX_PUSH_MUTATIONS = 500;

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
