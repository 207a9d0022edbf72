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
import 'fake-indexeddb/auto';
import pg from 'pg';
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
import { sensitiveFields } from '$lib/domain/sensitive-fields';
import type { MutationResult, PushResponse, RecordsPage } from '$lib/domain/api/sync';
import type { Mutation, PushRequest } from '$lib/domain/sync/protocol';
import { situationThemes } from '$lib/domain/themes';
import { Unreachable } from '$lib/client/api/http';
import { decryptFields, encryptFields } from '$lib/client/crypto/fields';
import { generateDataKey } from '$lib/client/crypto/wrap';
import { applyLocalChange, undoLocalInsert, type LocalChange } from '$lib/client/db/mutate';
import { RecDb } from '$lib/client/db/rec-db';
import { pullRecords, type PullProgress } from '$lib/client/sync/pull';
import { pushOutbox } from '$lib/client/sync/push';
import type { SyncTransport } from '$lib/client/sync/transport';
import { connectDatabase, type DatabaseHandle } from '$lib/server/db/connect';
import type { Database } from '$lib/server/db/schema';
import type { DatabaseConfig } from '$lib/server/env';
import { applyPush } from '$lib/server/sync/push';
import { pullRecordsPage } from '$lib/server/sync/pull-records';
import type { ApiClient, ApiResponse } from './api-client';
import { startServer, type RunningServer } from './server.js';

const RECORDS = 'rec';

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
	pull(device: Device, since: string | null, limit: number): Promise<RecordsPage>;
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
	async pull(device: Device, since: string | null, limit: number): Promise<RecordsPage> {
		const seq = since === null ? 0 : decodeCursor(RECORDS, since);
		if (seq === null) return { changes: [], cursor: encodeCursor(RECORDS, 0), hasMore: false };
		const { changes, lastSeq, hasMore, remaining } = await pullRecordsPage(
			this.handle.db,
			device.actor,
			device.clientId,
			seq,
			limit
		);
		return { changes, cursor: encodeCursor(RECORDS, lastSeq), hasMore, remaining };
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

/** One process of the built app, and the environment that starts it again on the same port. */
export interface AppProcess {
	running: RunningServer;
	env: Record<string, string>;
}

interface Member extends AppProcess {
	/** Set while the process is down and starting again: the load balancer leaves it out. */
	restarting?: Promise<void>;
	/** Requests it answered, to tell that the balancing really spread them. */
	served: number;
}

/**
 * The built server over HTTP: real sessions (one per person), registered devices, the device
 * header the app sends. One process, or several on one PostgreSQL database with every request
 * sent to one of them at random (`route`), as a load balancer does. A restart is a SIGKILL of a
 * process and a new one on the same database and port; with several, the others serve
 * meanwhile. With `killMidPush` (PostgreSQL: the admin connection string of the database) a
 * push can be made to die in the middle of its transaction (holdPushAtEnd).
 */
export class HttpServer implements SyncServer {
	private readonly members: Member[];
	/** Picks a process: a number in [0, 1), as Math.random. */
	route: () => number = Math.random;
	/** Processes killed while a push of theirs was writing. */
	killedMidPush = 0;

	constructor(
		processes: AppProcess | AppProcess[],
		private readonly sessions: Map<string, ApiClient>,
		private readonly reader: DatabaseHandle,
		private readonly options: { killMidPush?: string } = {}
	) {
		this.members = [processes].flat().map((process) => ({ ...process, served: 0 }));
	}

	get canCrashMidBatch() {
		return this.options.killMidPush !== undefined;
	}

	db() {
		return this.reader.db;
	}

	/** What each process now serving has printed. */
	outputs() {
		return this.members.map((member) => member.running.output());
	}

	/** Requests each process answered so far. */
	served() {
		return this.members.map((member) => member.served);
	}

	/**
	 * A serving process, chosen by `route`; when every one is starting again (a slow start on a
	 * loaded machine), the first that is back. A start that failed for good fails the run here.
	 */
	private async pick(): Promise<Member> {
		for (;;) {
			const live = this.members.filter((member) => !member.restarting);
			const member = live[Math.floor(this.route() * live.length)];
			if (member) return member;
			await Promise.race(this.members.map((each) => each.restarting));
		}
	}

	private session(device: Device, member: Member): ApiClient {
		const session = this.sessions.get(device.actor.userId);
		if (!session) throw new Error(`no session for ${device.actor.userId}`);
		return session.at(member.running.url);
	}

	/** Each simulated device registers as the app does after sign-in. */
	async register(devices: readonly Device[]) {
		for (const device of devices) {
			const answer = await this.session(device, await this.pick()).post('/api/v1/devices', {
				clientId: device.clientId
			});
			if (answer.status !== 200) throw new Error(`device registration: ${answer.text}`);
		}
	}

	async push(device: Device, body: PushRequest, crashAfterQueries?: number) {
		const member = await this.pick();
		if (crashAfterQueries !== undefined && this.options.killMidPush) {
			return this.killMidPush(member, device, body, this.options.killMidPush);
		}
		return this.answered(member, this.sendPush(member, device, body));
	}

	private sendPush(member: Member, device: Device, body: PushRequest) {
		return this.session(device, member).post('/api/v1/sync/push', body, {
			headers: { 'x-lahelle-client': device.clientId }
		});
	}

	private async answered(member: Member, request: Promise<ApiResponse>) {
		const answer = await request;
		member.served++;
		if (answer.status !== 200) throw new ServerAnswered(answer.status, answer.text);
		return answer.body as PushResponse;
	}

	/**
	 * The push's process gets SIGKILL while the push waits at its last statement, everything
	 * else written and nothing committed; then it starts again while the others serve. Throws
	 * InjectedCrash, as the in-process crash does. If the push is answered first (refused before
	 * its transaction), that answer stands.
	 */
	private async killMidPush(member: Member, device: Device, body: PushRequest, url: string) {
		const hold = await holdPushAtEnd(url, device.clientId);
		let waiting: number | null = null;
		try {
			const request = this.sendPush(member, device, body).then(
				(answer) => ({ answer }),
				(error: unknown) => ({ error })
			);
			let settled = false;
			void request.then(() => (settled = true));
			while (!settled && waiting === null) {
				waiting = await hold.waiting();
				if (waiting === null) await new Promise((resolve) => setTimeout(resolve, 5));
			}
			if (waiting === null) {
				const outcome = await request;
				if ('error' in outcome) throw outcome.error;
				return this.answered(member, Promise.resolve(outcome.answer));
			}
			const exited = new Promise((resolve) => member.running.process.once('exit', resolve));
			member.running.process.kill('SIGKILL');
			await exited;
			this.killedMidPush++;
			await request;
		} finally {
			await hold.release(waiting);
		}
		this.startAgain(member);
		throw new InjectedCrash(`process ${member.running.url} killed in the middle of a push`);
	}

	/** Starts a killed process again; a start that times out on a loaded machine is tried twice more. */
	private startAgain(member: Member) {
		const start = async (attempt = 1): Promise<RunningServer> =>
			startServer(member.env, { within: 60_000 }).catch((error: unknown) => {
				if (attempt >= 3) throw error;
				return start(attempt + 1);
			});
		member.restarting = start().then((running) => {
			member.running = running;
			member.restarting = undefined;
		});
	}

	/** Waits for every process that is starting again. */
	async allServing() {
		await Promise.all(this.members.map((member) => member.restarting));
	}

	async pull(device: Device, since: string | null, limit: number) {
		const member = await this.pick();
		const query = `scope=records&limit=${limit}` + (since ? `&since=${since}` : '');
		const answer = await this.session(device, member).get(`/api/v1/sync/pull?${query}`, {
			headers: { 'x-lahelle-client': device.clientId }
		});
		member.served++;
		if (answer.status !== 200) throw new ServerAnswered(answer.status, answer.text);
		return answer.body as RecordsPage;
	}

	/**
	 * One process dies (SIGKILL) and starts again. With one process the world waits for it;
	 * with several the others serve meanwhile, but never fewer than one.
	 */
	async restart() {
		if (this.members.filter((member) => !member.restarting).length < 2) await this.allServing();
		const member = await this.pick();
		const exited = new Promise((resolve) => member.running.process.once('exit', resolve));
		member.running.process.kill('SIGKILL');
		await exited;
		this.startAgain(member);
		if (this.members.length === 1) await this.allServing();
	}

	get url() {
		return this.members[0]!.running.url;
	}

	async stop() {
		// A start that failed must not keep the others running.
		await Promise.allSettled(this.members.map((member) => member.restarting));
		await Promise.allSettled(this.members.map((member) => member.running.stop()));
	}
}

/**
 * Holds a device's row of sync_clients (before its first push: the key, by inserting it) in a
 * transaction of the test's own, on PostgreSQL. A push of that device then waits at its last
 * write — its records, audit rows, conflicts and quarantine written, nothing committed —
 * until `release`. `waiting` answers the process id of such a waiting push, if one is.
 */
export async function holdPushAtEnd(url: string, clientId: string) {
	const client = new pg.Client({ connectionString: url });
	// Watches from outside the transaction: within one, pg_stat_activity stays as first read.
	const watcher = new pg.Client({ connectionString: url });
	await Promise.all([client.connect(), watcher.connect()]);
	await client.query('BEGIN');
	const { rowCount } = await client.query(
		'SELECT 1 FROM sync_clients WHERE client_id = $1 FOR UPDATE',
		[clientId]
	);
	if (!rowCount) {
		await client.query(
			`INSERT INTO sync_clients (client_id, user_id, last_mid, updated_at) VALUES ($1, 'held', 0, '')`,
			[clientId]
		);
	}
	return {
		waiting: async (): Promise<number | null> => {
			const { rows } = await watcher.query(
				`SELECT pid FROM pg_stat_activity WHERE datname = current_database()
				   AND wait_event_type = 'Lock' AND query ILIKE 'insert into "sync_clients"%'`
			);
			return rows[0]?.pid ?? null;
		},
		/** Lets the push go on (or, its process killed, its connection end) and closes. */
		release: async (pid: number | null = null) => {
			await client.query('ROLLBACK');
			await client.end();
			for (let waited = 0; pid !== null && waited < 10_000; waited += 20) {
				const { rowCount: alive } = await watcher.query(
					'SELECT 1 FROM pg_stat_activity WHERE pid = $1',
					[pid]
				);
				if (!alive) break;
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
			await watcher.end();
		}
	};
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
	| 'ahead'
	/** No network at all: the request is never sent. */
	| 'offline';

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
// Devices: the app's own sync client (src/lib/client/sync) over a real Dexie database in
// fake-indexeddb, with the app's encryption and outbox. What the simulation adds is only the
// network between it and the server, and the app being killed.

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

class SimDevice implements Device {
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
		private readonly world: World
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
			const counter = await this.db.meta.get('nextMid');
			const next = typeof counter?.value === 'number' ? counter.value : 1;
			await this.db.meta.put({ key: 'nextMid', value: next + 1 });
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
		const fields = await decryptFields(this.key, row.fields, sensitive(row.fields));
		return { ...row, fields };
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
		keys: CryptoKey[]
	) {
		const device = (index: number, actor: Actor, label: string) =>
			new SimDevice(
				`${hex(this.run, 8)}-0000-4000-9000-${hex(index, 12)}`,
				actor,
				label,
				keys[index - 1]!,
				this
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
		const keys = await Promise.all([1, 2, 3].map(() => generateDataKey()));
		const world = new World(server, people, keys);
		const cursor = encodeCursor(RECORDS, Number(counter.value));
		for (const device of world.devices) await device.start(cursor);
		return world;
	}

	/** Removes the devices' databases. */
	async dispose() {
		for (const device of this.devices) await device.dispose();
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

	private async edit(device: SimDevice, step: Extract<Step, { t: 'edit' }>) {
		const records = await device.records();
		const known = Object.keys(records).sort();
		const target = known.length > 0 ? known[step.pick % known.length] : undefined;
		const op = (step.op === 'update' || step.op === 'delete') && !target ? 'insert' : step.op;
		// The mid the device will give this change: its counter has no gaps.
		const next = device.made + 1;
		let mid: number;
		if (op === 'insert') {
			const fields = {
				channel: step.fields.channel ?? channelCodes[0]!,
				sourceType: sourceTypes.codes[step.pick % sourceTypes.codes.length]!,
				themes: step.fields.themes ?? [],
				note: this.uniqueNote(device, next),
				followUp: step.fields.followUp ?? false,
				occurredAt: this.uniqueTime(),
				createdBy: device.actor.userId,
				countyId: device.actor.countyId
			};
			mid = await device.change({
				op: 'insert',
				id: this.newRecordId(),
				baseVersion: null,
				fields
			});
		} else if (op === 'update') {
			const local = records[target!]!;
			const fields: Record<string, unknown> = {};
			const choice = step.fields;
			if (choice.note) fields.note = this.uniqueNote(device, next);
			if (choice.occurredAt) fields.occurredAt = this.uniqueTime();
			if (choice.followUp !== undefined) fields.followUp = choice.followUp;
			if (choice.themes !== undefined) fields.themes = choice.themes;
			if (choice.channel !== undefined) fields.channel = choice.channel;
			if (Object.keys(fields).length === 0) fields.note = this.uniqueNote(device, next);
			mid = await device.change({ op: 'update', id: target!, baseVersion: local.version, fields });
		} else if (op === 'delete') {
			mid = await device.remove(target!);
		} else {
			// What a broken or hostile client might send: each must be quarantined, never block.
			const variant = step.pick % 7;
			const someId = target ?? this.newRecordId();
			const malformed = (
				rowOp: Mutation['op'],
				id: string,
				baseVersion: number | null,
				fields: Record<string, unknown>
			) => device.queueMalformed(rowOp, id, baseVersion, fields);
			if (variant === 0) {
				mid = await malformed('insert', this.newRecordId(), null, {
					channel: 'phone',
					sourceType: sourceTypes.codes[0],
					themes: [],
					note: this.uniqueNote(device, next),
					followUp: false,
					occurredAt: this.uniqueTime(),
					countyId: 'lappi'
				});
			} else if (variant === 1) {
				mid = await malformed('update', someId, 0, { channel: 'pigeon' });
			} else if (variant === 2) {
				mid = await malformed('update', this.newRecordId(), 0, { note: 'nobody made me' });
			} else if (variant === 3) {
				mid = await malformed('update', someId, 0, { bogus: 1 });
			} else if (variant === 4) {
				// U+0000, which PostgreSQL cannot store in text, in a field's name and in a value.
				mid = await malformed('update', someId, 0, { ['no\u0000te']: 'x' });
			} else if (variant === 5) {
				mid = await malformed('update', someId, 0, {
					note: `${this.uniqueNote(device, next)}\u0000`
				});
			} else {
				// Nested deep, though not so deep that the whole push is refused.
				let deep: unknown = 'x';
				for (let level = 0; level < 20; level++) deep = [deep];
				mid = await malformed('update', someId, 0, { themes: deep });
			}
		}
		check(mid === next, `${device.label} made mid ${mid}, not ${next}`);
		const mutation = await device.mutation(mid);
		this.created.set(key(device.clientId, mid), {
			device,
			mutation,
			seen: device.seen[mutation.id] ?? 0,
			raw: op === 'invalid'
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

	/** One step's push: the app's push with one request let through, with this fate. */
	private push(device: SimDevice, size: number, fate: PushFate, crashAt = 0) {
		return device.push(size, { pushes: [fate], crashAt });
	}

	/**
	 * One push request meeting its fate on the network: answers what reaches the device, or
	 * nothing (the device sees a failed request).
	 */
	async transmit(
		device: SimDevice,
		body: PushRequest,
		fate: PushFate,
		crashAt: number
	): Promise<PushResponse | undefined> {
		const last = body.mutations[body.mutations.length - 1]?.mid ?? 0;
		const unanswered = () => {
			device.inDoubtUpTo = Math.max(device.inDoubtUpTo, last);
			return undefined;
		};
		switch (fate) {
			case 'ok':
				return this.send(device, body);
			case 'offline':
			case 'dropRequest':
				return undefined;
			case 'dropResponse':
				await this.send(device, body);
				return unanswered();
			case 'duplicate': {
				// The same request twice at once (a retry racing the original).
				const [first] = await Promise.all([this.send(device, body), this.send(device, body)]);
				return first;
			}
			case 'delay':
				this.delayed.push({ device, body });
				return unanswered();
			case 'ahead':
				// The batch without its first change, as a client sending the next batch before
				// the first is answered would: it starts after a gap, so the server must apply none
				// of it (unless the first was taken already).
				return this.send(device, { ...body, mutations: body.mutations.slice(1) });
			case 'clientCrash':
				await this.send(device, body);
				device.crashNext = true;
				return unanswered();
			case 'serverCrash':
				if (!this.server.canCrashMidBatch) {
					await this.send(device, body);
					return unanswered();
				}
				return (await this.crashMidBatch(device, body, crashAt)) ? undefined : unanswered();
		}
	}

	/**
	 * The push's transaction fails after some of its statements, as when the server dies: nothing
	 * of the batch may remain, and the device's retry must apply it once. Answers whether it
	 * crashed (else the push went through and its answer was lost).
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
		return crashed;
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

	/** The app's pull until the server has no more; a lost answer stops it where it was. */
	private pull(device: SimDevice, limit: number, lostPage?: number, alone = true) {
		return device.pull(limit, { pushes: [], crashAt: 0, lostPage }, alone);
	}

	/** One pull request reaching the server, and what its answer must be. */
	async transmitPull(device: SimDevice, since: string | null, limit: number): Promise<RecordsPage> {
		this.stats.pulls++;
		const answer = await this.server.pull(device, since, limit);
		check(!answer.reset, `the server refused its own cursor ${since}`);
		const from = since === null ? 0 : cursorSeq(since);
		check(
			cursorSeq(answer.cursor) >= from,
			`the cursor went back from ${since} to ${answer.cursor}`
		);
		return answer;
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
		if (step.withPull !== undefined) {
			work.push(this.pull(this.device(step.withPull), 3, undefined, false));
		}
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
			for (;;) {
				const before = await device.db.outbox.count();
				if (before === 0) break;
				await device.pushAll();
				const first = await device.db.outbox.orderBy('mid').first();
				check(
					(await device.db.outbox.count()) < before,
					`the outbox of ${device.label} is blocked at mid ${first?.mid}`
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
				Number(lastMid) === device.made,
				`${device.label}: server last_mid ${lastMid}, device made ${device.made}`
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
			const local = await device.records();
			check(
				isDeepStrictEqual(Object.keys(local).sort(), visible.map((row) => row.id).sort()),
				`${device.label} holds ${Object.keys(local).sort()} but may see ` +
					`${visible.map((row) => row.id).sort()}`
			);
			for (const row of visible) {
				const mine = local[row.id]!;
				// A malformed change is stacked on the device's copy like any other until the server
				// refuses it; a broken app's own copy is not what this checks.
				if (device.tainted.has(row.id)) continue;
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

function describeWrite(seen: Observed) {
	return `${seen.clientId.slice(-2)}#${seen.mutation.mid} (base ${seen.mutation.baseVersion}, v${seen.result.version})`;
}
