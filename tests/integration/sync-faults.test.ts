/**
 * Property-based fault injection for the sync protocol (issue 5, Proof; DESIGN.md, Sync).
 *
 * Three devices — a worker's phone and laptop and a coordinator's desk — change contacts
 * (inserts, updates of overlapping fields, deletes, and malformed or forbidden changes) while
 * the network drops, duplicates, delays and reorders their pushes and pulls, the server dies
 * in the middle of a batch or restarts, and devices crash and come back with only what they
 * stored. After the network heals and every device syncs, the invariants of World.verify()
 * must hold: nothing applied twice, nothing lost, no update lost without a conflict row,
 * batches atomic, every replica equal to the server, cursors never going back.
 *
 * Each device is the app's own sync client (src/lib/client/sync: push, pull and the rebase and
 * acknowledgement rules of src/lib/domain/sync) over a Dexie database in fake-indexeddb. Most
 * runs call the real server push and pull code in process over a real SQLite or PostgreSQL
 * database; the last property goes over HTTP to the built server, with real sessions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/domain/roles';
import { connectDatabase, type DatabaseHandle } from '$lib/server/db/connect';
import { migrateToLatest } from '$lib/server/db/migrate';
import type { DatabaseConfig } from '$lib/server/env';
import { demo, signIn, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/databases';
import {
	faultyWorld,
	type FieldChoice,
	HttpServer,
	InProcessServer,
	lostAnswerSteps,
	play,
	racingWorld,
	type Summary,
	total,
	type WorldPeople
} from '../support/sync-sim';

/** Runs per database: 1 000 in process (where every fault can be injected), a few over HTTP. */
const RUNS = { faulty: 500, racing: 500, http: 10 };

/** A fresh, migrated database for the in-process runs. */
async function openDatabase(kind: TestDatabase['name']) {
	if (kind === 'sqlite') {
		const dir = mkdtempSync(path.join(tmpdir(), 'lahelle-faults-'));
		const config: DatabaseConfig = { kind: 'sqlite', file: path.join(dir, 'lahelle.db') };
		return { config, drop: async () => rmSync(dir, { recursive: true, force: true }) };
	}
	const database = await createTestDatabase('postgres');
	const url = database.env.DATABASE_URL!;
	// What this suite checks does not depend on fsync at commit, and it makes 1 000 runs quick.
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	await client.query(
		`ALTER DATABASE ${new URL(url).pathname.slice(1)} SET synchronous_commit = off`
	);
	await client.end();
	const config: DatabaseConfig = { kind: 'postgres', connectionString: url };
	return { config, drop: database.drop };
}

describe.each(testDatabaseKinds())('sync under faults, in process on %s', (kind) => {
	let server: InProcessServer;
	let drop: () => Promise<void>;
	let serial = 0;
	const summaries: Summary[] = [];

	/** New people for each run, so runs never see each other's records. */
	const people = (): WorldPeople => {
		serial++;
		const worker: Actor = { userId: `worker-${serial}`, role: 'worker', countyId: 'pirkanmaa' };
		const coordinator: Actor = {
			userId: `coordinator-${serial}`,
			role: 'coordinator',
			countyId: 'pirkanmaa'
		};
		return { worker, coordinator };
	};

	beforeAll(async () => {
		const database = await openDatabase(kind);
		drop = database.drop;
		server = await InProcessServer.open(database.config);
		await migrateToLatest(server.db());
	});
	afterAll(async () => {
		await server?.close();
		await drop?.();
	});

	it('keeps every invariant through lost, duplicated, late and reordered messages and crashes', async () => {
		await fc.assert(
			fc.asyncProperty(faultyWorld(36), async (steps) => {
				summaries.push(await play(server, people(), steps));
			}),
			{ numRuns: RUNS.faulty }
		);
		expect(summaries).toHaveLength(RUNS.faulty);
	}, 300_000);

	it('keeps every invariant when retries race their originals and devices race each other', async () => {
		await fc.assert(
			fc.asyncProperty(racingWorld, async (steps) => {
				summaries.push(await play(server, people(), steps));
			}),
			{ numRuns: RUNS.racing }
		);
		expect(summaries).toHaveLength(RUNS.faulty + RUNS.racing);
	}, 300_000);

	it('does not count its own push answer as having seen the record: a later edit still conflicts', async () => {
		const blank: FieldChoice = {
			note: false,
			occurredAt: false,
			followUp: undefined,
			themes: undefined,
			channel: undefined
		};
		const edit = (device: number, op: 'insert' | 'update', fields: Partial<FieldChoice> = {}) => ({
			t: 'edit' as const,
			device,
			op,
			pick: 0,
			fields: { ...blank, ...fields }
		});
		const push = (device: number) => ({
			t: 'push' as const,
			device,
			size: 6,
			fate: 'ok' as const,
			crashAt: 0
		});
		const pull = (device: number) => ({
			t: 'pull' as const,
			device,
			limit: 4,
			lostPage: undefined
		});
		const summary = await play(server, people(), [
			edit(0, 'insert'),
			push(0),
			pull(0),
			pull(2),
			// The coordinator's desk changes the note; the phone has not seen that.
			edit(2, 'update', { note: true }),
			push(2),
			// The phone changes another field and is answered with the record's new version...
			edit(0, 'update', { followUp: true }),
			push(0),
			// ...so its note must still meet the desk's as a conflict, not overwrite it.
			edit(0, 'update', { note: true }),
			push(0)
		]);
		expect(summary.conflicts).toBe(1);
	});

	it('really exercised the faults: crashes, restarts, conflicts, rejections and duplicates', () => {
		const seen = total(summaries);

		expect(seen.runs).toBeGreaterThanOrEqual(1000);
		expect(seen.crashes).toBeGreaterThan(50);
		expect(seen.restarts).toBeGreaterThan(50);
		expect(seen.conflicts).toBeGreaterThan(50);
		expect(seen.rejected).toBeGreaterThan(50);
		expect(seen.duplicates).toBeGreaterThan(50);
	});
});

describe.each(testDatabaseKinds())('sync under faults, over HTTP on %s', (kind) => {
	let app: TestApp;
	let server: HttpServer;
	let reader: DatabaseHandle;
	let people: WorldPeople;
	const sessions = new Map<string, ApiClient>();
	const summaries: Summary[] = [];

	beforeAll(async () => {
		app = await startApp(kind);
		const actor = async (email: string): Promise<Actor> => {
			const session = await signIn(app, email);
			const { user } = (await session.get('/api/v1/me')).body;
			sessions.set(user.id, session);
			return { userId: user.id, role: user.role, countyId: user.countyId };
		};
		people = { worker: await actor(demo.worker), coordinator: await actor(demo.coordinator) };
		const config: DatabaseConfig = app.env.DATABASE_URL
			? { kind: 'postgres', connectionString: app.env.DATABASE_URL }
			: { kind: 'sqlite', file: path.join(app.server.dataDir, 'lahelle.db') };
		reader = await connectDatabase(config);
		const env = {
			...app.env,
			DATA_DIR: app.server.dataDir,
			PORT: new URL(app.url).port
		};
		server = new HttpServer({ running: app.server, env }, sessions, reader);
	});
	afterAll(async () => {
		await reader?.db.destroy();
		await server?.stop();
		await app?.stop();
	});

	it('keeps every invariant with real sessions, devices and restarts of the process', async () => {
		await fc.assert(
			fc.asyncProperty(faultyWorld(24), async (steps) => {
				// Every fourth run the process is also killed just before the network heals.
				const killLast = summaries.length % 4 === 0;
				summaries.push(await play(server, people, steps, { register: true, killLast }));
			}),
			{ numRuns: RUNS.http, examples: [[lostAnswerSteps]] }
		);
		const seen = total(summaries);
		expect(seen.applied).toBeGreaterThan(RUNS.http);
		expect(seen.duplicates).toBeGreaterThan(0);
		expect(seen.restarts).toBeGreaterThanOrEqual(Math.ceil(RUNS.http / 4));
	}, 300_000);
});
