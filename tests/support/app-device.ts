import 'fake-indexeddb/auto';
import { PushResponse, RecordsPage } from '$lib/domain/api/sync';
import type { RecordTable } from '$lib/domain/sensitive-fields';
import { generateDataKey } from '$lib/client/crypto/wrap';
import { applyLocalChange } from '$lib/client/db/mutate';
import { RecDb } from '$lib/client/db/rec-db';
import { syncRound } from '$lib/client/sync/round';
import type { SyncTransport } from '$lib/client/sync/transport';
import type { ApiClient } from './api-client';

export interface AppDeviceOptions {
	/**
	 * Wraps the device's way to the server, e.g. a network that loses answers
	 * (tests/integration/sync-faults-experts.test.ts); without it, every request goes through.
	 */
	network?: (transport: SyncTransport) => SyncTransport;
}

/**
 * A device running the app's own sync code (outbox, journal, push, pull, recovery) over
 * fake-indexeddb against the built server over HTTP, signed in as `client`'s person.
 */
export class AppDevice {
	readonly clientId = crypto.randomUUID();
	readonly db = new RecDb(`app-device-${this.clientId}`);
	private readonly network: SyncTransport;

	private constructor(
		private readonly client: ApiClient,
		readonly key: CryptoKey,
		options: AppDeviceOptions
	) {
		this.network = options.network ? options.network(this.transport) : this.transport;
	}

	static async register(client: ApiClient, options: AppDeviceOptions = {}): Promise<AppDevice> {
		const device = new AppDevice(client, await generateDataKey(), options);
		const answer = await client.post('/api/v1/devices', { clientId: device.clientId });
		if (answer.status !== 200) throw new Error(`cannot register a device: ${answer.text}`);
		return device;
	}

	private readonly transport: SyncTransport = {
		push: async (body) => {
			const answer = await this.client.post('/api/v1/sync/push', body, {
				headers: { 'x-lahelle-client': this.clientId }
			});
			if (answer.status !== 200) throw new Error(`push answered ${answer.status}: ${answer.text}`);
			return PushResponse.parse(answer.body);
		},
		pull: async (since, limit, epoch) => {
			const query =
				`scope=records&limit=${limit}` +
				(since ? `&since=${encodeURIComponent(since)}` : '') +
				(epoch ? `&epoch=${encodeURIComponent(epoch)}` : '');
			const answer = await this.client.get(`/api/v1/sync/pull?${query}`, {
				headers: { 'x-lahelle-client': this.clientId }
			});
			if (answer.status !== 200) throw new Error(`pull answered ${answer.status}: ${answer.text}`);
			return RecordsPage.parse(answer.body);
		}
	};

	/** One sync round as the app's engine runs it: push the outbox, then pull. */
	async sync(): Promise<void> {
		await syncRound(this.db, this.key, this.clientId, this.network);
	}

	/** A local change as a screen makes it (record + outbox entry in one transaction). */
	async change(
		table: RecordTable,
		op: 'insert' | 'update',
		id: string,
		fields: Record<string, unknown>
	): Promise<void> {
		const row = await this.db.table(table).get(id);
		await applyLocalChange(this.db, this.key, {
			table,
			op,
			id,
			baseVersion: op === 'insert' ? null : (row?.version ?? 0),
			fields
		});
	}

	unsent(): Promise<number> {
		return this.db.outbox.count();
	}

	async close(): Promise<void> {
		this.db.close();
		await this.db.delete();
	}
}
