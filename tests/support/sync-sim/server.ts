/**
 * The server under test as the simulated world sees it, and its in-process form: the real
 * push and pull code (applyPush, pullRecordsPage) over a real Kysely database, which keeps
 * thousands of runs fast and lets a push fail after any of its SQL statements.
 */
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
import { decodeCursor, encodeCursor } from '$lib/domain/cursor';
import type { Actor } from '$lib/domain/roles';
import type { PushResponse, RecordsPage } from '$lib/domain/api/sync';
import type { PushRequest } from '$lib/domain/sync/protocol';
import { connectDatabase, type DatabaseHandle } from '$lib/server/db/connect';
import type { Database } from '$lib/server/db/schema';
import type { DatabaseConfig } from '$lib/server/env';
import { applyPush } from '$lib/server/sync/push';
import { pullRecordsPage } from '$lib/server/sync/pull-records';

/** The scope of record cursors (the pull route's). */
export const RECORDS = 'rec';

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
