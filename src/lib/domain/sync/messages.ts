/**
 * The sync protocol's limits and mid rule, without zod: the browser's sync engine imports
 * these, and the request schemas (protocol.ts) stay on the server. Answers: ../api/sync.ts.
 */

/** Limits of one push (DESIGN.md): at most 500 mutations and about 1 MB. */
export const MAX_PUSH_MUTATIONS = 500;

/**
 * Most records in one pull page. Large pages: each page is one IndexedDB transaction written
 * to disk before the next, and a fresh phone's 10 000 records pulled 1.4× faster in 5 000s
 * than in 1 000s (bench/measures/sync-browser.js); the app starts smaller for early progress.
 */
export const MAX_PULL_PAGE = 5000;

export type { MutationResult, MutationStatus, PushResponse } from '../api/sync';

/**
 * How the server treats each mutation id from a client whose last stored id is `lastMid`:
 * already seen → duplicate; the next one → apply; anything after a gap → stop there, so
 * nothing is applied out of order.
 */
export function classifyMid(mid: number, lastMid: number): 'duplicate' | 'apply' | 'gap' {
	if (mid <= lastMid) return 'duplicate';
	return mid === lastMid + 1 ? 'apply' : 'gap';
}
