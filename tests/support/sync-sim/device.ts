/**
 * A simulated device: the app's own sync client (src/lib/client/sync) over a real Dexie
 * database in fake-indexeddb, with the app's encryption and outbox. What the simulation adds
 * is only the network between it and the server, and the app being killed.
 */
import { isDeepStrictEqual } from 'node:util';
import 'fake-indexeddb/auto';
import type { PushResponse, RecordsPage } from '$lib/domain/api/sync';
import type { Actor } from '$lib/domain/roles';
import { sensitiveFields } from '$lib/domain/sensitive-fields';
import type { Mutation, PushRequest } from '$lib/domain/sync/protocol';
import { Unreachable } from '$lib/client/api/http';
import { decryptFields, encryptFields } from '$lib/client/crypto/fields';
import {
	applyLocalChange,
	takeMids,
	undoLocalInsert,
	type LocalChange
} from '$lib/client/db/mutate';
import { RecDb } from '$lib/client/db/rec-db';
import { pullRecords, type PullProgress } from '$lib/client/sync/pull';
import { pushOutbox, toMutation } from '$lib/client/sync/push';
import type { SyncTransport } from '$lib/client/sync/transport';
import { check } from './check';
import type { Device } from './server';
import type { PushFate } from './steps';

/** Where a device's requests go: the world's network, which logs every answer the server gives. */
export interface DeviceLink {
	transmit(
		device: SimDevice,
		body: PushRequest,
		fate: PushFate,
		crashAt: number
	): Promise<PushResponse | undefined>;
	transmitPull(device: SimDevice, since: string | null, limit: number): Promise<RecordsPage>;
}

/** The network a device's requests go through in one step of the world. */
interface Network {
	/** What happens to each push request, in order; requests beyond the list find no network. */
	pushes: PushFate[];
	crashAt: number;
	/** The answer to this page of a pull (0: the first) is lost. */
	lostPage?: number;
}

/** No answer reached the device: the app sees a failed request, whatever the server did. */
class NoAnswer extends Unreachable {}

const CURSOR = 'recordsCursor';
const EITHER = Symbol('either');
const META_FIELDS = new Set(['id', 'version', 'flagged', 'updatedAt']);
const sensitive = (fields: Record<string, unknown>) =>
	sensitiveFields.contacts.filter((name) => name in fields);

export class SimDevice implements Device {
	db: RecDb;
	/** Mutation ids the device has made (the app's counter, kept here for the invariants). */
	made = 0;
	/**
	 * The highest mid in a request that may have reached the server without its answer reaching
	 * the device. The app pushes before it pulls in every round (SyncEngine), so it never pulls
	 * while such a change waits in its outbox: neither does the simulation.
	 */
	inDoubtUpTo = 0;
	/**
	 * The newest version of each record whose data the device has received, whatever version
	 * number it keeps: what the person using it can have seen (for the lost-update check).
	 */
	seen: Record<string, number> = {};
	/** Mids of the malformed changes this device queued. */
	readonly malformed = new Set<number>();
	/** Records a malformed change from this device touched: their local copy is not checked. */
	readonly tainted = new Set<string>();
	/** The app dies once the request under way is over (its answer never arrives). */
	crashNext = false;
	/** One round at a time, as the app's Web Lock makes it. */
	private busy: Promise<unknown> = Promise.resolve();

	constructor(
		readonly clientId: string,
		readonly actor: Actor,
		readonly label: string,
		readonly key: CryptoKey,
		private readonly world: DeviceLink
	) {
		this.db = new RecDb(`sim-${clientId}`);
	}

	async start(cursor: string) {
		await this.db.meta.put({ key: CURSOR, value: cursor });
	}

	/** The app is killed and opened again: only what IndexedDB committed survives. */
	async crash() {
		this.db.close();
		this.db = new RecDb(`sim-${this.clientId}`);
		await this.db.open();
	}

	dispose() {
		return this.db.delete();
	}

	exclusive<T>(work: () => Promise<T>): Promise<T> {
		const run = this.busy.then(work);
		this.busy = run.catch(() => undefined);
		return run;
	}

	/** The device's records as the person sees them: decrypted, without the sync fields. */
	async records(): Promise<Record<string, { version: number; data: Record<string, unknown> }>> {
		const rows = await this.db.contacts.toArray();
		const out: Record<string, { version: number; data: Record<string, unknown> }> = {};
		for (const row of rows) {
			const plain = await decryptFields(this.key, row, sensitive(row));
			const data = Object.fromEntries(
				Object.entries(plain).filter(([name]) => !META_FIELDS.has(name))
			);
			out[row.id] = { version: row.version, data };
		}
		return out;
	}

	/** A change through the app's own write path (record and outbox in one transaction). */
	async change(change: Omit<LocalChange, 'table'>): Promise<number> {
		const mid = await applyLocalChange(this.db, this.key, { ...change, table: 'contacts' });
		this.made = Math.max(this.made, mid);
		return mid;
	}

	/** A record deleted through the app's own path (Undo), which always queues a delete. */
	async remove(id: string): Promise<number> {
		await undoLocalInsert(this.db, 'contacts', id);
		const last = await this.db.outbox.orderBy('mid').last();
		this.made = Math.max(this.made, last!.mid);
		return last!.mid;
	}

	/** What a broken or hostile app might queue: straight into the outbox, never applied locally. */
	async queueMalformed(
		op: Mutation['op'],
		id: string,
		baseVersion: number | null,
		fields: Record<string, unknown>
	): Promise<number> {
		const stored = await encryptFields(this.key, fields, sensitive(fields));
		const mid = await this.db.transaction('rw', [this.db.outbox, this.db.meta], async () => {
			const next = await takeMids(this.db);
			await this.db.outbox.add({
				mid: next,
				op,
				table: 'contacts',
				id,
				baseVersion,
				fields: stored,
				clientTs: new Date().toISOString()
			});
			return next;
		});
		this.made = Math.max(this.made, mid);
		this.malformed.add(mid);
		this.tainted.add(id);
		return mid;
	}

	/** An outbox entry as the app's push sends it. */
	async mutation(mid: number): Promise<Mutation> {
		const row = await this.db.outbox.get(mid);
		check(row, `${this.label} has no outbox entry ${mid}`);
		return toMutation(this.key, row);
	}

	/** The app's push (src/lib/client/sync/push.ts) through this step's network. */
	async push(batchSize: number, network: Network): Promise<void> {
		await this.exclusive(async () => {
			try {
				await pushOutbox(this.db, this.key, this.clientId, this.transport(network), {
					batchSize
				});
			} catch (error) {
				if (!(error instanceof Unreachable)) throw error;
			}
			if (this.crashNext) {
				this.crashNext = false;
				await this.crash();
			}
		});
	}

	/**
	 * The app's pull (src/lib/client/sync/pull.ts). Like the app's round, it first sends what
	 * may have reached the server unanswered.
	 */
	async pull(pageSize: number, network: Network, alone = true): Promise<void> {
		await this.exclusive(async () => {
			try {
				const first = await this.db.outbox.orderBy('mid').first();
				if (first && first.mid <= this.inDoubtUpTo) {
					const sent = await pushOutbox(
						this.db,
						this.key,
						this.clientId,
						this.transport({ pushes: [], crashAt: 0 }, true)
					);
					check(sent > 0, `${this.label} could not resend its unanswered changes`);
				}
				// A pull alone in the world (not raced by late messages): every page announces the
				// same total, which is then exactly what the pull receives.
				let announced: number | undefined;
				await pullRecords(this.db, this.key, this.transport(network), {
					pageSize,
					onProgress: ({ total }: PullProgress) => {
						announced ??= total;
						check(
							!alone || total === announced,
							`${this.label} was told of ${announced} records, then of ${total}`
						);
					}
				});
			} catch (error) {
				if (!(error instanceof Unreachable)) throw error;
			}
			await this.checkPendingKept();
		});
	}

	/**
	 * What the person typed stays while it waits to be sent, whatever the pull brought: each
	 * pending field shows its latest value, and a record deleted here is not shown again.
	 */
	private async checkPendingKept() {
		const records = await this.records();
		const deleted = new Set<string>();
		const typed = new Map<string, Record<string, unknown>>();
		for (const entry of await this.db.outbox.orderBy('mid').toArray()) {
			if (entry.op === 'delete') deleted.add(entry.id);
			const fields = await decryptFields(this.key, entry.fields, sensitive(entry.fields));
			// A malformed change was never applied here, yet a pull stacks it like any other: the
			// fields it names may show either value.
			if (this.malformed.has(entry.mid)) for (const name in fields) fields[name] = EITHER;
			typed.set(entry.id, { ...typed.get(entry.id), ...fields });
		}
		for (const id of deleted) {
			check(!records[id], `${this.label} shows ${id} again while its delete waits to be sent`);
		}
		for (const [id, fields] of typed) {
			const shown = records[id];
			if (!shown || deleted.has(id)) continue;
			for (const [field, value] of Object.entries(fields)) {
				if (value === EITHER) continue;
				check(
					isDeepStrictEqual(shown.data[field], value),
					`${this.label} shows ${id}.${field} = ${JSON.stringify(shown.data[field])} while ` +
						`${JSON.stringify(value)} waits to be sent`
				);
			}
		}
	}

	/** Sends the whole outbox on a healed network: it must always move. */
	async pushAll(): Promise<void> {
		await this.exclusive(() =>
			pushOutbox(this.db, this.key, this.clientId, this.transport({ pushes: [], crashAt: 0 }, true))
		);
	}

	private transport(network: Network, healed = false): SyncTransport {
		let request = 0;
		let page = 0;
		return {
			push: async (body) => {
				const fate = healed ? 'ok' : (network.pushes[request++] ?? 'offline');
				const answer = await this.world.transmit(this, body, fate, network.crashAt);
				if (!answer) throw new NoAnswer(`push ${fate}`);
				return answer;
			},
			pull: async (since, limit) => {
				const lost = !healed && page++ === network.lostPage;
				const answer = await this.world.transmitPull(this, since ?? null, limit);
				if (lost) throw new NoAnswer('pull answer lost');
				for (const change of answer.changes) {
					this.seen[change.id] = Math.max(this.seen[change.id] ?? 0, change.version);
				}
				return answer;
			}
		};
	}
}
