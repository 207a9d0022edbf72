import { PushResponse, RecordsPage } from '$lib/domain/api/sync';
import type { PushRequest } from '$lib/domain/sync/protocol';
import { apiRequest, encodeBody, type EncodedBody } from '../api/http';

/**
 * How the sync client reaches the server: the app's HTTP API, or, in the fault-injection
 * simulation (tests/support/sync-sim/), a network that drops, repeats and delays.
 */
export interface SyncTransport {
	/** One page of record changes after `since` (none: from the beginning); `epoch`: the cursor's. */
	pull(since: string | undefined, limit: number, epoch?: string): Promise<RecordsPage>;
	push(body: PushRequest): Promise<PushResponse>;
	/**
	 * Optional: starts making `body` ready to send now (serialised, compressed), so that
	 * `push` of the same body sends it at once. The push does this for the next batch while
	 * one is on the network.
	 */
	prepare?(body: PushRequest): void;
}

/** Push bodies made ready ahead, by the body they were made from. */
const prepared = new WeakMap<PushRequest, Promise<EncodedBody | undefined>>();
const encodePush = (body: PushRequest) => encodeBody({ body, compress: true });

export const httpTransport: SyncTransport = {
	pull: (since, limit, epoch) =>
		apiRequest(
			`/api/v1/sync/pull?scope=records&limit=${limit}` +
				(since ? `&since=${encodeURIComponent(since)}` : '') +
				(epoch ? `&epoch=${encodeURIComponent(epoch)}` : ''),
			RecordsPage
		),
	push: (body) =>
		apiRequest('/api/v1/sync/push', PushResponse, {
			method: 'POST',
			encoded: prepared.get(body) ?? encodePush(body)
		}),
	prepare: (body) => {
		const encoding = encodePush(body);
		// Looked at when the body is sent; no unhandled rejection while it waits.
		encoding.catch(() => undefined);
		prepared.set(body, encoding);
	}
};
