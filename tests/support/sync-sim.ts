/**
 * A simulation of the sync protocol's world for the fault-injection suite
 * (tests/integration/sync-faults.test.ts): devices with durable outboxes, a network that drops,
 * duplicates, delays and reorders requests, servers that crash in the middle of a batch or
 * restart, and the invariants of DESIGN.md checked against the server's real database.
 *
 * The server side is always the real code: either called in process (applyPush and
 * pullRecordsPage over a real Kysely database, which keeps thousands of runs fast) or over
 * HTTP against the built server with signed-in sessions and registered devices.
 */
import { isDeepStrictEqual } from 'node:util';
import {
	sql,
	type Kysely,
	type KyselyPlugin,
	type PluginTransformQueryArgs,
	type PluginTransformResultArgs,
	type QueryResult,
	type RootOperationNode,
	type UnknownRow
} from 'kysely';
import { contactChannels } from '$lib/domain/contact-channels';
import { decodeCursor, encodeCursor } from '$lib/domain/cursor';
import type { Actor } from '$lib/domain/roles';
import { sourceTypes } from '$lib/domain/source-types';
import type {
	Mutation,
	MutationResult,
	PushRequest,
	PushResponse
} from '$lib/domain/sync/protocol';
import { situationThemes } from '$lib/domain/themes';
import { connectDatabase, type DatabaseHandle } from '$lib/server/db/connect';
import type { Database } from '$lib/server/db/schema';
import type { DatabaseConfig } from '$lib/server/env';
import { applyPush } from '$lib/server/sync/push';
import { lastMutationId, pullRecordsPage, type RecordChange } from '$lib/server/sync/pull-records';
import type { ApiClient } from './api-client';
import { startServer, type RunningServer } from './server.js';

const RECORDS = 'rec';
export const SCHEMA_VERSION = 5;

export interface PullPage {
	changes: RecordChange[];
	cursor: string;
	hasMore: boolean;
	reset?: boolean;
	lastMutationId?: number;
}

/** One device as the server knows it: its id and the person signed in on it. */
export interface Device {
	clientId: string;
	actor: Actor;
	label: string;
}

/** The server under test, whichever way it is reached. */
export interface SyncServer {
	/** Whether a push can be made to fail after a given number of SQL statements. */
	readonly canCrashMidBatch: boolean;
	push(device: Device, body: PushRequest, crashAfterQueries?: number): Promise<PushResponse>;
	pull(device: Device, since: string | null, limit: number): Promise<PullPage>;
	/** The server process dies and comes back on the same database. */
	restart(): Promise<void>;
	/** Read access to the server's database, for the invariants. */
	db(): Kysely<Database>;
}

/** Thrown by the injected crash; anything else a push throws is a real server failure. */
export class InjectedCrash extends Error {}

/** Makes the statement after `allowed` ones fail, as if the process died in the middle of the batch. */
class CrashAfter implements KyselyPlugin {
	constructor(private allowed: number) {}

	transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
		if (this.allowed-- <= 0) throw new InjectedCrash('injected crash in the middle of a push');
		return args.node;
	}

	async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
		return args.result;
	}
}

/** The real push and pull code called in process, over a real database connection. */
export class InProcessServer implements SyncServer {
	readonly canCrashMidBatch = true;

	private constructor(
		private readonly config: DatabaseConfig,
		private handle: DatabaseHandle
	) {}

	static async open(config: DatabaseConfig) {
		return new InProcessServer(config, await InProcessServer.connect(config));
	}

	/** Connects as the server does; the first query makes Kysely own the pool, so destroy() ends it. */
	private static async connect(config: DatabaseConfig) {
		const handle = await connectDatabase(config);
		await sql`select 1`.execute(handle.db);
		return handle;
	}

	db() {
		return this.handle.db;
	}

	push(device: Device, body: PushRequest, crashAfterQueries?: number) {
		const db =
			crashAfterQueries === undefined
				? this.handle.db
				: this.handle.db.withPlugin(new CrashAfter(crashAfterQueries));
		return applyPush(db, device.actor, body);
	}

	/** What GET /api/v1/sync/pull?scope=records does after authentication. */
	async pull(device: Device, since: string | null, limit: number): Promise<PullPage> {
		const seq = since === null ? 0 : decodeCursor(RECORDS, since);
		if (seq === null) return { changes: [], cursor: encodeCursor(RECORDS, 0), hasMore: false };
		const db = this.handle.db;
		const { changes, lastSeq, hasMore } = await pullRecordsPage(
			db,
			device.actor,
			device.clientId,
			seq,
			limit
		);
		return {
			changes,
			cursor: encodeCursor(RECORDS, lastSeq),
			hasMore,
			lastMutationId: await lastMutationId(db, device.actor, device.clientId)
		};
	}

	async restart() {
		await this.handle.db.destroy();
		this.handle = await InProcessServer.connect(this.config);
	}

	close() {
		return this.handle.db.destroy();
	}
}

/** A server failure the client sees as an HTTP status. */
export class ServerAnswered extends Error {
	constructor(
		readonly status: number,
		body: string
	) {
		super(`server answered ${status}: ${body.slice(0, 300)}`);
	}
}

/**
 * The built server over HTTP: real sessions (one per person), registered devices, the device
 * header the app sends. A restart is a SIGKILL and a new process on the same database and port.
 */
export class HttpServer implements SyncServer {
	readonly canCrashMidBatch = false;

	constructor(
		private running: RunningServer,
		private readonly env: Record<string, string>,
		private readonly sessions: Map<string, ApiClient>,
		private readonly reader: DatabaseHandle
	) {}

	db() {
		return this.reader.db;
	}

	private session(device: Device): ApiClient {
		const session = this.sessions.get(device.actor.userId);
		if (!session) throw new Error(`no session for ${device.actor.userId}`);
		return session;
	}

	async push(device: Device, body: PushRequest) {
		const answer = await this.session(device).post('/api/v1/sync/push', body, {
			headers: { 'x-lahelle-client': device.clientId }
		});
		if (answer.status !== 200) throw new ServerAnswered(answer.status, answer.text);
		return answer.body as PushResponse;
	}

	async pull(device: Device, since: string | null, limit: number) {
		const query = `scope=records&limit=${limit}` + (since ? `&since=${since}` : '');
		const answer = await this.session(device).get(`/api/v1/sync/pull?${query}`, {
			headers: { 'x-lahelle-client': device.clientId }
		});
		if (answer.status !== 200) throw new ServerAnswered(answer.status, answer.text);
		return answer.body as PullPage;
	}

	async restart() {
		const exited = new Promise((resolve) => this.running.process.once('exit', resolve));
		this.running.process.kill('SIGKILL');
		await exited;
		this.running = await startServer(this.env);
	}

	get url() {
		return this.running.url;
	}

	stop() {
		return this.running.stop();
	}
}

// ---------------------------------------------------------------------------------------------
// The world's steps, as fast-check generates them.

export interface FieldChoice {
	note: boolean;
	occurredAt: boolean;
	followUp: boolean | undefined;
	themes: string[] | undefined;
	channel: string | undefined;
}

export type PushFate =
	| 'ok'
	| 'dropRequest'
	| 'dropResponse'
	| 'duplicate'
	| 'delay'
	| 'serverCrash'
	| 'clientCrash'
	| 'ahead';

export type Step =
	| {
			t: 'edit';
			device: number;
			op: 'insert' | 'update' | 'delete' | 'invalid';
			pick: number;
			fields: FieldChoice;
	  }
	| { t: 'push'; device: number; size: number; fate: PushFate; crashAt: number }
	| { t: 'pull'; device: number; limit: number; lostPage: number | undefined }
	| {
			t: 'deliver';
			pick: number;
			count: number;
			withPush: number | undefined;
			withPull: number | undefined;
	  }
	| { t: 'restart' };

export const themeCodes = [...situationThemes.codes];
const channelCodes = [...contactChannels.codes];

// ---------------------------------------------------------------------------------------------
// Devices: everything a device keeps is durable (IndexedDB with strict durability), so a crash
// loses only what was in flight.

interface OutboxRow extends Mutation {
	/** Not a protocol field: the change was never applied locally (a malformed or foreign one). */
	raw: boolean;
}

interface DeviceState {
	nextMid: number;
	outbox: OutboxRow[];
	records: Record<string, { version: number; data: Record<string, unknown> }>;
	cursor: string | null;
	/**
	 * The newest version of each record whose data the device has received, whatever version
	 * number it keeps: what the person using it can have seen (for the lost-update check).
	 */
	seen: Record<string, number>;
}

class SimDevice implements Device {
	state: DeviceState;

	constructor(
		readonly clientId: string,
		readonly actor: Actor,
		readonly label: string,
		cursor: string
	) {
		this.state = { nextMid: 1, outbox: [], records: {}, cursor, seen: {} };
	}

	/** The app is killed and opened again: only what was stored survives. */
	crash() {
		this.state = structuredClone(this.state);
	}

	/** As src/lib/client/sync/push.ts: drop only what the server acknowledged. */
	acknowledge(answer: PushResponse) {
		this.state.outbox = this.state.outbox.filter((row) => row.mid > answer.lastMutationId);
	}

	/**
	 * As src/lib/client/sync/pull.ts: the server's row underneath, local fields the server has
	 * not yet taken on top (a change it took is in its data already, maybe overwritten since);
	 * a record deleted on the server goes; one deleted here stays deleted until its delete is
	 * acknowledged and its tombstone pulled.
	 */
	applyPage(page: PullPage) {
		const taken = page.lastMutationId ?? 0;
		for (const change of page.changes) {
			if (change.table !== 'contacts') continue;
			this.state.seen[change.id] = Math.max(this.state.seen[change.id] ?? 0, change.version);
			const pending = this.state.outbox.filter(
				(row) => row.id === change.id && !row.raw && row.mid > taken
			);
			if (change.deleted || !change.data) {
				delete this.state.records[change.id];
				continue;
			}
			if (pending.some((row) => row.op === 'delete')) continue;
			this.state.records[change.id] = {
				version: change.version,
				data: Object.assign({ ...change.data }, ...pending.map((row) => row.fields))
			};
		}
		this.state.cursor = page.cursor;
	}
}

// ---------------------------------------------------------------------------------------------

export class PropertyViolation extends Error {}

function check(condition: unknown, message: string): asserts condition {
	if (!condition) throw new PropertyViolation(message);
}

const key = (clientId: string, mid: number) => `${clientId}#${mid}`;
const hex = (value: number, width: number) => value.toString(16).padStart(width, '0');
const cursorSeq = (cursor: string) => {
	const seq = decodeCursor(RECORDS, cursor);
	if (seq === null) throw new PropertyViolation(`the server sent an undecodable cursor ${cursor}`);
	return seq;
};

let runSerial = Math.floor(Math.random() * 0x1000) * 0x10000;

interface Observed {
	clientId: string;
	mutation: Mutation;
	result: MutationResult;
}

export interface WorldPeople {
	worker: Actor;
	coordinator: Actor;
}

/**
 * One run: three devices — the worker's phone and laptop and the coordinator's desk —
 * making changes, a network between them and the server, and a log of every answer the
 * server gave (also those the network then lost).
 */
export class World {
	readonly devices: SimDevice[];
	private readonly run = ++runSerial;
	private nextRecord = 0;
	private nextStamp = 0;
	private readonly delayed: { device: SimDevice; body: PushRequest }[] = [];
	private readonly created = new Map<
		string,
		{ device: SimDevice; mutation: Mutation; seen: number; raw: boolean }
	>();
	private readonly terminal = new Map<string, Observed>();
	private readonly observed: Observed[] = [];
	readonly recordIds = new Set<string>();
	stats = { pushes: 0, crashes: 0, restarts: 0, pulls: 0 };

	private constructor(
		readonly server: SyncServer,
		people: WorldPeople,
		startCursor: string
	) {
		const device = (index: number, actor: Actor, label: string) =>
			new SimDevice(
				`${hex(this.run, 8)}-0000-4000-9000-${hex(index, 12)}`,
				actor,
				label,
				startCursor
			);
		this.devices = [
			device(1, people.worker, 'phone'),
			device(2, people.worker, 'laptop'),
			device(3, people.coordinator, 'desk')
		];
	}

	/** A world whose devices have already synced everything before it starts. */
	static async create(server: SyncServer, people: WorldPeople) {
		const counter = await server
			.db()
			.selectFrom('counters')
			.select('value')
			.where('name', '=', 'seq')
			.executeTakeFirstOrThrow();
		return new World(server, people, encodeCursor(RECORDS, Number(counter.value)));
	}

	clientIds() {
		return this.devices.map((device) => device.clientId);
	}

	async step(step: Step) {
		switch (step.t) {
			case 'edit':
				return this.edit(this.device(step.device), step);
			case 'push':
				return this.push(this.device(step.device), step.size, step.fate, step.crashAt);
			case 'pull':
				return this.pull(this.device(step.device), step.limit, step.lostPage);
			case 'deliver':
				return this.deliver(step);
			case 'restart':
				this.stats.restarts++;
				return this.server.restart();
		}
	}

	private device(index: number) {
		return this.devices[index % this.devices.length]!;
	}

	private newRecordId() {
		const id = `${hex(this.run, 8)}-0000-4000-8000-${hex(++this.nextRecord, 12)}`;
		this.recordIds.add(id);
		return id;
	}

	/** Values that no other change in the run writes, so every write can be traced. */
	private uniqueNote(device: SimDevice, mid: number) {
		return `${device.label} ${mid}`;
	}

	private uniqueTime() {
		return new Date(Date.UTC(2026, 0, 1) + ++this.nextStamp * 60_000).toISOString();
	}

	private edit(device: SimDevice, step: Extract<Step, { t: 'edit' }>) {
		const known = Object.keys(device.state.records).sort();
		const target = known.length > 0 ? known[step.pick % known.length] : undefined;
		const op = (step.op === 'update' || step.op === 'delete') && !target ? 'insert' : step.op;
		const mid = device.state.nextMid++;
		const row = (
			rowOp: Mutation['op'],
			id: string,
			baseVersion: number | null,
			fields: Record<string, unknown>,
			raw = false
		): OutboxRow => ({
			mid,
			op: rowOp,
			table: 'contacts',
			id,
			baseVersion,
			fields,
			clientTs: new Date().toISOString(),
			raw
		});
		let entry: OutboxRow;
		if (op === 'insert') {
			const fields = {
				channel: step.fields.channel ?? channelCodes[0]!,
				sourceType: sourceTypes.codes[step.pick % sourceTypes.codes.length]!,
				themes: step.fields.themes ?? [],
				note: this.uniqueNote(device, mid),
				followUp: step.fields.followUp ?? false,
				occurredAt: this.uniqueTime(),
				createdBy: device.actor.userId,
				countyId: device.actor.countyId
			};
			entry = row('insert', this.newRecordId(), null, fields);
			device.state.records[entry.id] = { version: 0, data: { ...fields } };
		} else if (op === 'update') {
			const local = device.state.records[target!]!;
			const fields: Record<string, unknown> = {};
			const choice = step.fields;
			if (choice.note) fields.note = this.uniqueNote(device, mid);
			if (choice.occurredAt) fields.occurredAt = this.uniqueTime();
			if (choice.followUp !== undefined) fields.followUp = choice.followUp;
			if (choice.themes !== undefined) fields.themes = choice.themes;
			if (choice.channel !== undefined) fields.channel = choice.channel;
			if (Object.keys(fields).length === 0) fields.note = this.uniqueNote(device, mid);
			entry = row('update', target!, local.version, fields);
			local.data = { ...local.data, ...fields };
		} else if (op === 'delete') {
			entry = row('delete', target!, device.state.records[target!]!.version, {});
			delete device.state.records[target!];
		} else {
			// What a broken or hostile client might send: each must be quarantined, never block.
			const variant = step.pick % 7;
			const someId = target ?? this.newRecordId();
			if (variant === 0) {
				entry = row(
					'insert',
					this.newRecordId(),
					null,
					{
						channel: 'phone',
						sourceType: sourceTypes.codes[0],
						themes: [],
						note: this.uniqueNote(device, mid),
						followUp: false,
						occurredAt: this.uniqueTime(),
						countyId: 'lappi'
					},
					true
				);
			} else if (variant === 1) {
				entry = row('update', someId, 0, { channel: 'pigeon' }, true);
			} else if (variant === 2) {
				entry = row('update', this.newRecordId(), 0, { note: 'nobody made me' }, true);
			} else if (variant === 3) {
				entry = row('update', someId, 0, { bogus: 1 }, true);
			} else if (variant === 4) {
				// U+0000, which PostgreSQL cannot store in text, in a field's name and in a value.
				entry = row('update', someId, 0, { ['no\u0000te']: 'x' }, true);
			} else if (variant === 5) {
				entry = row('update', someId, 0, { note: `${this.uniqueNote(device, mid)}\u0000` }, true);
			} else {
				// Nested deep, though not so deep that the whole push is refused.
				let deep: unknown = 'x';
				for (let level = 0; level < 20; level++) deep = [deep];
				entry = row('update', someId, 0, { themes: deep }, true);
			}
		}
		device.state.outbox.push(entry);
		this.created.set(key(device.clientId, mid), {
			device,
			mutation: toMutation(entry),
			seen: device.state.seen[entry.id] ?? 0,
			raw: entry.raw
		});
	}

	/** One request to the server; its answer is logged even if the network then loses it. */
	private async send(device: SimDevice, body: PushRequest, crashAfterQueries?: number) {
		this.stats.pushes++;
		const answer = await this.server.push(device, body, crashAfterQueries);
		check(
			answer.lastMutationId >= 0 && answer.results.length <= body.mutations.length,
			'malformed push answer'
		);
		for (const result of answer.results) {
			const mutation = body.mutations.find((candidate) => candidate.mid === result.mid);
			check(mutation, `an answer for mid ${result.mid}, which was not sent`);
			const seen = { clientId: device.clientId, mutation, result };
			this.observed.push(seen);
			if (result.status === 'duplicate') continue;
			const id = key(device.clientId, result.mid);
			const earlier = this.terminal.get(id);
			check(
				!earlier,
				`mutation ${id} (${mutation.op} ${mutation.id}) was applied twice: ` +
					`${JSON.stringify(earlier?.result)} then ${JSON.stringify(result)}`
			);
			this.terminal.set(id, seen);
		}
		// Taken in order, without a hole, and none beyond what the server says it has taken.
		const taken = answer.results.filter((result) => result.status !== 'duplicate');
		taken.forEach((result, n) =>
			check(
				result.mid <= answer.lastMutationId && (n === 0 || result.mid === taken[n - 1]!.mid + 1),
				`mid ${result.mid} taken out of order (last taken ${answer.lastMutationId})`
			)
		);
		return answer;
	}

	private async push(device: SimDevice, size: number, fate: PushFate, crashAt = 0) {
		// 'ahead': the next batch sent before the first is answered (a pipelining client): it
		// starts after a gap, so the server must apply none of it.
		const from = fate === 'ahead' ? 1 : 0;
		const rows = device.state.outbox.slice(from, from + size);
		if (rows.length === 0) return;
		const body: PushRequest = {
			clientId: device.clientId,
			schemaVersion: SCHEMA_VERSION,
			mutations: rows.map(toMutation)
		};
		switch (fate) {
			case 'ok':
				return device.acknowledge(await this.send(device, body));
			case 'dropRequest':
				return;
			case 'dropResponse':
				await this.send(device, body);
				return;
			case 'duplicate': {
				// The same request twice at once (a retry racing the original).
				const [first] = await Promise.all([this.send(device, body), this.send(device, body)]);
				return device.acknowledge(first);
			}
			case 'delay':
				this.delayed.push({ device, body });
				return;
			case 'ahead':
				return device.acknowledge(await this.send(device, body));
			case 'clientCrash':
				await this.send(device, body);
				return device.crash();
			case 'serverCrash':
				if (!this.server.canCrashMidBatch) {
					await this.send(device, body);
					return;
				}
				return this.crashMidBatch(device, body, crashAt);
		}
	}

	/**
	 * The push's transaction fails after some of its statements, as when the server dies: nothing
	 * of the batch may remain, and the device's retry must apply it once.
	 */
	private async crashMidBatch(device: SimDevice, body: PushRequest, crashAt: number) {
		const statements = 1 + (Math.floor(crashAt / 2) % (2 * body.mutations.length + 8));
		const before = await this.snapshot(device.clientId);
		let crashed = false;
		try {
			await this.send(device, body, statements);
		} catch (error) {
			if (!(error instanceof InjectedCrash)) throw error;
			crashed = true;
		}
		if (crashed) {
			this.stats.crashes++;
			const after = await this.snapshot(device.clientId);
			check(
				isDeepStrictEqual(before, after),
				`a push that failed after ${statements} statements left part of its batch behind:\n` +
					`${JSON.stringify(before)}\n${JSON.stringify(after)}`
			);
		}
		// Half the time the process then comes back (the other half the failure was the
		// transaction's alone, e.g. a lost database connection): restarts are the slow part.
		if (crashAt % 2 === 0) {
			this.stats.restarts++;
			await this.server.restart();
		}
	}

	/** Everything a push may change, for the atomicity check. */
	private async snapshot(clientId: string) {
		const db = this.server.db();
		const count = async (table: 'records' | 'sync_conflicts' | 'sync_quarantine' | 'audit_log') =>
			Number(
				(
					await db
						.selectFrom(table)
						.select((eb) => eb.fn.countAll().as('n'))
						.executeTakeFirstOrThrow()
				).n
			);
		const ids = [...this.recordIds];
		return {
			records: await count('records'),
			conflicts: await count('sync_conflicts'),
			quarantine: await count('sync_quarantine'),
			audit: await count('audit_log'),
			counter: Number(
				(
					await db
						.selectFrom('counters')
						.select('value')
						.where('name', '=', 'seq')
						.executeTakeFirstOrThrow()
				).value
			),
			lastMid:
				(
					await db
						.selectFrom('sync_clients')
						.select('last_mid')
						.where('client_id', '=', clientId)
						.executeTakeFirst()
				)?.last_mid ?? null,
			rows:
				ids.length === 0
					? []
					: await db
							.selectFrom('records')
							.select(['id', 'version', 'seq', 'deleted', 'flagged', 'data', 'stamps'])
							.where('id', 'in', ids)
							.orderBy('id')
							.execute()
		};
	}

	/** Pages until the server has no more; a lost answer stops the pull where it was. */
	private async pull(device: SimDevice, limit: number, lostPage?: number) {
		for (let page = 0; ; page++) {
			this.stats.pulls++;
			const since = device.state.cursor;
			const answer = await this.server.pull(device, since, limit);
			check(!answer.reset, `the server refused its own cursor ${since}`);
			const from = since === null ? 0 : cursorSeq(since);
			check(
				cursorSeq(answer.cursor) >= from,
				`the cursor went back from ${since} to ${answer.cursor}`
			);
			if (page === lostPage) return;
			device.applyPage(answer);
			if (!answer.hasMore) return;
		}
	}

	/**
	 * Requests held up in the network arrive now, late and in any order, several at once; maybe
	 * while a device pushes again and another pulls. Their answers reach nobody.
	 */
	private async deliver(step: Extract<Step, { t: 'deliver' }>) {
		const work: Promise<unknown>[] = [];
		for (let n = 0; n < step.count && this.delayed.length > 0; n++) {
			const [late] = this.delayed.splice((step.pick + n) % this.delayed.length, 1);
			work.push(this.send(late!.device, late!.body));
		}
		if (step.withPush !== undefined) work.push(this.push(this.device(step.withPush), 500, 'ok'));
		if (step.withPull !== undefined) work.push(this.pull(this.device(step.withPull), 3));
		const outcomes = await Promise.allSettled(work);
		for (const outcome of outcomes) if (outcome.status === 'rejected') throw outcome.reason;
	}

	/**
	 * The network heals: whatever is still in flight arrives, every device sends its whole
	 * outbox (which must always move) and then pulls everything.
	 */
	async settle() {
		while (this.delayed.length > 0) {
			const late = this.delayed.shift()!;
			await this.send(late.device, late.body);
		}
		for (const device of this.devices) {
			while (device.state.outbox.length > 0) {
				const before = device.state.outbox.length;
				await this.push(device, 500, 'ok');
				check(
					device.state.outbox.length < before,
					`the outbox of ${device.label} is blocked at mid ${device.state.outbox[0]?.mid}`
				);
			}
		}
		for (const device of this.devices) await this.pull(device, 50);
	}

	/** The invariants, checked against the server's database after settle(). */
	async verify() {
		const db = this.server.db();
		const clientIds = this.clientIds();
		const ids = [...this.recordIds];
		const records = ids.length
			? await db.selectFrom('records').selectAll().where('id', 'in', ids).execute()
			: [];
		const byId = new Map(records.map((row) => [row.id, row]));
		const clients = await db
			.selectFrom('sync_clients')
			.select(['client_id', 'last_mid'])
			.where('client_id', 'in', clientIds)
			.execute();
		const quarantine = await db
			.selectFrom('sync_quarantine')
			.select(['client_id', 'mid', 'mutation'])
			.where('client_id', 'in', clientIds)
			.execute();
		const conflicts = await db
			.selectFrom('sync_conflicts')
			.select(['record_id', 'field', 'client_id', 'client_value'])
			.where('client_id', 'in', clientIds)
			.execute();
		const audits = await db
			.selectFrom('audit_log')
			.select(['client_id'])
			.where('action', '=', 'record.write')
			.where('client_id', 'in', clientIds)
			.execute();

		// Nothing lost: every change a device made was taken exactly once, and the server's
		// last mutation id is the device's last.
		for (const device of this.devices) {
			const lastMid = clients.find((row) => row.client_id === device.clientId)?.last_mid ?? 0;
			check(
				Number(lastMid) === device.state.nextMid - 1,
				`${device.label}: server last_mid ${lastMid}, device made ${device.state.nextMid - 1}`
			);
		}
		for (const [id, { mutation, raw }] of this.created) {
			const seen = this.terminal.get(id);
			check(seen, `mutation ${id} (${mutation.op}) was acknowledged but never applied`);
			const { result } = seen;
			check(!raw || result.status === 'rejected', `malformed ${id} was ${result.status}`);
			if (result.status === 'rejected') {
				const kept = quarantine.filter(
					(row) => key(row.client_id, Number(row.mid)) === id && row.mutation
				);
				check(kept.length === 1, `rejected ${id} is in quarantine ${kept.length} times`);
				check(
					isDeepStrictEqual(JSON.parse(kept[0]!.mutation), mutation),
					`quarantine changed ${id}`
				);
			}
			if (result.status === 'conflict') {
				for (const field of result.conflicts ?? []) {
					const row = conflicts.find(
						(candidate) =>
							candidate.record_id === mutation.id &&
							candidate.field === field &&
							key(candidate.client_id, mutation.mid) === id &&
							candidate.client_value === JSON.stringify(mutation.fields[field])
					);
					check(row, `conflict on ${mutation.id}.${field} from ${id} has no sync_conflicts row`);
				}
			}
			if (mutation.op === 'insert' && result.status === 'applied') {
				const row = byId.get(mutation.id);
				check(row, `applied insert ${id} has no record`);
			}
		}
		const terminal = [...this.terminal.values()];
		check(
			quarantine.length === terminal.filter((seen) => seen.result.status === 'rejected').length,
			'quarantine holds rows no answer accounts for'
		);
		check(
			conflicts.length ===
				terminal.reduce((sum, seen) => sum + (seen.result.conflicts?.length ?? 0), 0),
			'sync_conflicts holds rows no answer accounts for'
		);

		// Nothing applied twice, as the audit log sees it: at most one write per taken mutation,
		// and at least one for each that certainly changed something.
		for (const clientId of clientIds) {
			const written = audits.filter((row) => row.client_id === clientId).length;
			const mine = terminal.filter((seen) => seen.clientId === clientId);
			const mayWrite = mine.filter((seen) => seen.result.status !== 'rejected').length;
			const mustWrite = mine.filter(
				(seen) =>
					(seen.result.status === 'applied' &&
						(seen.mutation.op !== 'update' || 'note' in seen.mutation.fields)) ||
					(seen.result.status === 'conflict' &&
						'note' in seen.mutation.fields &&
						!seen.result.conflicts?.includes('note'))
			).length;
			check(
				written >= mustWrite && written <= mayWrite,
				`${clientId}: ${written} audited writes for ${mustWrite}..${mayWrite} applied changes`
			);
		}

		// No update lost without a conflict row: of two successive writes of a field by different
		// devices, the later one's author must have seen the earlier one — received a version
		// that holds it — else the later write must have become a conflict.
		for (const id of ids) {
			const row = byId.get(id);
			const onRecord = terminal.filter((seen) => seen.mutation.id === id);
			const deletes = onRecord.filter(
				(seen) => seen.mutation.op === 'delete' && seen.result.status === 'applied'
			);
			check(deletes.length <= 1, `${id} deleted ${deletes.length} times`);
			check(
				!row || !!row.deleted === (deletes.length === 1),
				`${id}: deleted=${row?.deleted} after ${deletes.length} applied deletes`
			);
			if (row?.deleted) check(row.data === null, `tombstone ${id} keeps its payload`);
			for (const field of ['note', 'occurredAt']) {
				const writes = onRecord
					.filter(
						(seen) =>
							field in seen.mutation.fields &&
							seen.mutation.op !== 'delete' &&
							(seen.result.status === 'applied' ||
								(seen.result.status === 'conflict' && !seen.result.conflicts?.includes(field)))
					)
					.sort((a, b) => a.result.version! - b.result.version!);
				for (let n = 1; n < writes.length; n++) {
					const [earlier, later] = [writes[n - 1]!, writes[n]!];
					const seen = this.created.get(key(later.clientId, later.mutation.mid))!.seen;
					check(
						later.result.version! > earlier.result.version!,
						`${id}.${field} written twice at version ${later.result.version}`
					);
					check(
						later.clientId === earlier.clientId || seen >= earlier.result.version!,
						`${id}.${field}: ${describeWrite(later)} overwrote ${describeWrite(earlier)} ` +
							`without having seen it, and no conflict was kept`
					);
				}
				if (row && !row.deleted && writes.length > 0) {
					const last = writes[writes.length - 1]!;
					const data = JSON.parse(row.data!) as Record<string, unknown>;
					check(
						isDeepStrictEqual(data[field], last.mutation.fields[field]),
						`${id}.${field} is ${JSON.stringify(data[field])}, its last write was ` +
							`${JSON.stringify(last.mutation.fields[field])}`
					);
				}
			}
		}

		// All replicas converge: each device holds exactly the live records it may see, as the
		// server has them.
		for (const device of this.devices) {
			const visible = records.filter(
				(row) =>
					!row.deleted &&
					(row.owner_id === device.actor.userId ||
						(device.actor.role !== 'worker' && row.county_id === device.actor.countyId))
			);
			const local = device.state.records;
			check(
				isDeepStrictEqual(Object.keys(local).sort(), visible.map((row) => row.id).sort()),
				`${device.label} holds ${Object.keys(local).sort()} but may see ` +
					`${visible.map((row) => row.id).sort()}`
			);
			for (const row of visible) {
				const mine = local[row.id]!;
				check(
					mine.version === row.version && isDeepStrictEqual(mine.data, JSON.parse(row.data!)),
					`${device.label} has ${row.id} at v${mine.version} ${JSON.stringify(mine.data)}, ` +
						`the server at v${row.version} ${row.data}`
				);
			}
		}
	}

	/** How much happened, to tell that a run really exercised the faults. */
	summary() {
		const terminal = [...this.terminal.values()];
		const count = (status: string) =>
			terminal.filter((seen) => seen.result.status === status).length;
		return {
			...this.stats,
			mutations: this.created.size,
			applied: count('applied'),
			conflicts: count('conflict'),
			rejected: count('rejected'),
			duplicates: this.observed.filter((seen) => seen.result.status === 'duplicate').length
		};
	}
}

function toMutation(row: OutboxRow): Mutation {
	const { raw: _raw, ...mutation } = row;
	return mutation;
}

function describeWrite(seen: Observed) {
	return `${seen.clientId.slice(-2)}#${seen.mutation.mid} (base ${seen.mutation.baseVersion}, v${seen.result.version})`;
}
