import { PushResponse, RecordsPage } from '$lib/domain/api/sync';
import type { PushRequest } from '$lib/domain/sync/protocol';
import { apiRequest } from '../api/http';

/**
 * How the sync client reaches the server: the app's HTTP API, or, in the fault-injection
 * simulation (tests/support/sync-sim/), a network that drops, repeats and delays.
 */
export interface SyncTransport {
	/** One page of record changes after `since` (none: from the beginning); `epoch`: the cursor's. */
	pull(since: string | undefined, limit: number, epoch?: string): Promise<RecordsPage>;
	push(body: PushRequest): Promise<PushResponse>;
}

export const httpTransport: SyncTransport = {
	pull: (since, limit, epoch) =>
		apiRequest(
			`/api/v1/sync/pull?scope=records&limit=${limit}` +
				(since ? `&since=${encodeURIComponent(since)}` : '') +
				(epoch ? `&epoch=${encodeURIComponent(epoch)}` : ''),
			RecordsPage
		),
	push: (body) =>
		apiRequest('/api/v1/sync/push', PushResponse, { method: 'POST', body, compress: true })
};
