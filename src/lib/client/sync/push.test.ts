import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { PushResponse } from '$lib/domain/api/sync';
import type { PushRequest } from '$lib/domain/sync/protocol';
import { encryptFields } from '../crypto/fields';
import { RecDb, type OutboxRow } from '../db/rec-db';
import { pushOutbox } from './push';
import type { SyncTransport } from './transport';

const EPOCH = 'epoch-1';

/**
 * A server that takes everything, tells its epoch, and notes what the push did in order. It
 * answers a batch once the next one has been made ready (a push that waits for the answer
 * first meets a second's delay, and the order shows it), the last batch at once.
 */
function server(events: string[], pushed: PushRequest[], lastMid: number): SyncTransport {
	const firstMid = (body: PushRequest) => body.mutations[0]!.mid;
	const prepared = new Set<PushRequest>();
	let nextPrepared = () => {};
	return {
		pull: () => Promise.reject(new Error('not in this test')),
		prepare: (body) => {
			prepared.add(body);
			events.push(`prepare ${firstMid(body)}`);
			nextPrepared();
		},
		push: async (body): Promise<PushResponse> => {
			events.push(`push ${firstMid(body)}${prepared.has(body) ? ' (prepared)' : ''}`);
			pushed.push(body);
			if (body.mutations.at(-1)!.mid < lastMid) {
				await new Promise<void>((resolve) => {
					nextPrepared = resolve;
					setTimeout(resolve, 1000);
				});
			}
			events.push(`answer ${firstMid(body)}`);
			return {
				lastMutationId: body.mutations.at(-1)!.mid,
				serverTime: '2026-12-07T08:00:00.000Z',
				results: body.mutations.map(({ mid }) => ({ mid, status: 'applied', version: 1 })),
				epoch: EPOCH
			};
		}
	};
}

describe('the push, each next batch made ready while one is on the network', () => {
	let db: RecDb;
	afterEach(async () => {
		db.close();
		await Dexie.delete(db.name);
	});

	it('prepares the next body before the answer comes, and sends it with the epoch learnt meanwhile', async () => {
		db = new RecDb(`push-${crypto.randomUUID()}`);
		const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
			'encrypt',
			'decrypt'
		]);
		const rows: OutboxRow[] = [];
		for (let mid = 1; mid <= 5; mid++) {
			rows.push({
				mid,
				op: 'insert',
				table: 'contacts',
				id: `c${mid}`,
				baseVersion: null,
				fields: await encryptFields(key, { note: `note ${mid}`, countyId: 'lappi' }, ['note']),
				clientTs: '2026-12-07T07:00:00.000Z'
			});
		}
		await db.outbox.bulkAdd(rows);
		const events: string[] = [];
		const pushed: PushRequest[] = [];

		expect(await pushOutbox(db, key, 'device-1', server(events, pushed, 5), { batchSize: 2 })).toBe(
			5
		);

		expect(events).toEqual([
			'prepare 1',
			'push 1 (prepared)',
			// The second batch is read, decrypted and made ready while the first is on its way…
			'prepare 3',
			'answer 1',
			// …but made again: the first answer told the device the server's epoch.
			'push 3',
			'prepare 5',
			'answer 3',
			'push 5 (prepared)',
			'answer 5'
		]);
		expect(pushed.map((body) => body.epoch)).toEqual([undefined, EPOCH, EPOCH]);
		expect(
			pushed.flatMap((body) => body.mutations.map((mutation) => mutation.fields.note))
		).toEqual(['note 1', 'note 2', 'note 3', 'note 4', 'note 5']);
		expect(await db.outbox.count()).toBe(0);
	});
});
