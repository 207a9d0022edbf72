import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { emptyConsultation } from '$lib/domain/schemas/consultation';
import { connectDatabase, type DatabaseHandle } from '$lib/server/db/connect';
import type { DatabaseConfig } from '$lib/server/env';
import { newClientId, type ApiClient } from './api-client';
import type { TestApp } from './app';

/** A contact's fields as a device sends them (the server sets createdBy and the county). */
export const contactFields = (overrides: Record<string, unknown> = {}) => ({
	kind: 'case',
	channel: 'phone',
	sourceType: 'child-protection',
	themes: ['demanding-separation'],
	actions: ['advice'],
	note: 'Huoltoriita jumissa',
	followUp: false,
	occurredAt: '2026-11-20T09:00:00.000Z',
	createdBy: 'ignored',
	countyId: 'pirkanmaa',
	...overrides
});

/** A sent consultation request with consent, as a coordinator's device sends it. */
export const consultationFields = (overrides: Record<string, unknown> = {}) => ({
	...emptyConsultation({
		createdAt: '2026-11-02T08:00:00.000Z',
		createdBy: 'ignored',
		countyId: 'pirkanmaa'
	}),
	status: 'submitted',
	stage: 'trigger',
	requesterName: 'Sosiaalityöntekijä',
	requesterPhone: '040 000 0000',
	requesterOrganisation: 'Pirkanmaan hyvinvointialue (demo)',
	consent: 'given',
	consentDate: '2026-11-01',
	consentMethod: 'in-person',
	childAgeGroup: '7-12',
	municipalityId: '837',
	themes: ['demanding-separation'],
	question: 'Miten edetään?',
	submittedAt: '2026-11-02T09:00:00.000Z',
	...overrides
});

/** A stage change on a case's timeline. */
export const stageEvent = (consultationId: string, stage: string, at: string) => ({
	consultationId,
	type: 'stage',
	text: '',
	forRequester: true,
	stage,
	consent: null,
	at,
	createdBy: 'ignored',
	countyId: 'pirkanmaa'
});

/** A note on a case's timeline, as a device sends it. */
export const noteEvent = (
	consultationId: string,
	forRequester: boolean,
	text = 'Muistiinpano'
) => ({
	consultationId,
	type: 'note',
	text,
	forRequester,
	stage: null,
	consent: null,
	at: '2026-11-03T09:00:00.000Z',
	createdBy: 'ignored',
	countyId: 'pirkanmaa'
});

/** A registered device of a signed-in person that pushes records one batch at a time. */
export class TestDevice {
	private mid = 0;
	readonly clientId = newClientId();

	private constructor(private readonly client: ApiClient) {}

	static async register(client: ApiClient) {
		const device = new TestDevice(client);
		const answer = await client.post('/api/v1/devices', { clientId: device.clientId });
		if (answer.status !== 200) throw new Error(`cannot register a device: ${answer.text}`);
		return device;
	}

	/** Pushes the changes; fails loudly unless every one got the `expected` status. */
	async push(
		changes: DeviceChange[],
		expected: 'applied' | 'conflict' = 'applied'
	): Promise<string[]> {
		const { mutations, answer } = await this.send(changes);
		const refused = (answer.body?.results ?? []).filter(
			(result: { status: string }) => result.status !== expected
		);
		if (answer.status !== 200 || refused.length > 0) {
			throw new Error(`push not ${expected}: ${answer.text}`);
		}
		return mutations.map((mutation) => mutation.id);
	}

	/** Pushes the changes and answers the server's result for each, whatever it is. */
	async results(
		changes: DeviceChange[]
	): Promise<{ mid: number; status: string; error?: string }[]> {
		const { answer } = await this.send(changes);
		if (answer.status !== 200) throw new Error(`push answered ${answer.status}: ${answer.text}`);
		return answer.body.results;
	}

	private async send(changes: DeviceChange[]) {
		const mutations = changes.map((change) => ({
			mid: ++this.mid,
			op: change.op ?? 'insert',
			table: change.table,
			id: change.id ?? uuidv7(),
			baseVersion: change.baseVersion ?? null,
			fields: change.fields ?? {},
			clientTs: new Date().toISOString()
		}));
		const answer = await this.client.post('/api/v1/sync/push', {
			clientId: this.clientId,
			schemaVersion: 6,
			mutations
		});
		return { mutations, answer };
	}
}

/** One change a test device sends. */
export interface DeviceChange {
	op?: 'insert' | 'update' | 'delete';
	table: string;
	id?: string;
	baseVersion?: number;
	fields?: Record<string, unknown>;
}

export interface PulledChange {
	table: string;
	id: string;
	version: number;
	deleted: boolean;
	data: Record<string, unknown> | null;
}

/** Every record change the caller may see after `since` (a cursor), page by page. */
export async function pullRecords(client: ApiClient, since?: string) {
	const changes: PulledChange[] = [];
	let cursor = since;
	for (;;) {
		const query = cursor ? `&since=${encodeURIComponent(cursor)}` : '';
		const page = await client.get(`/api/v1/sync/pull?scope=records${query}`);
		if (page.status !== 200) throw new Error(`pull answered ${page.status}: ${page.text}`);
		changes.push(...page.body.changes);
		cursor = page.body.cursor;
		if (!page.body.hasMore) return { changes, cursor: cursor! };
	}
}

/** A connection of the test's own to the app's database, to run server code in process. */
export function connectToApp(app: TestApp): Promise<DatabaseHandle> {
	const config: DatabaseConfig = app.env.DATABASE_URL
		? { kind: 'postgres', connectionString: app.env.DATABASE_URL }
		: { kind: 'sqlite', file: path.join(app.server.dataDir, 'lahelle.db') };
	return connectDatabase(config);
}
