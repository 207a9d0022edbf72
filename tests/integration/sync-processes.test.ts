/**
 * Many app processes, one PostgreSQL (issue 15): "no state lives in process memory", proven.
 * Three processes of the built app start at once on one database; the simulated devices of
 * the fault-injection suite (tests/support/sync-sim/: the app's own sync client over
 * fake-indexeddb) push and pull through a load balancer that sends each request to a process
 * at random, while the network drops, duplicates and delays their messages and processes are
 * killed with SIGKILL — some in the middle of a push's transaction — and started again. The
 * invariants of World.verify() must hold: nothing applied twice, nothing lost, no update lost
 * without a conflict row, every replica equal to the server. Then: a pull on one process never
 * skips a push still committing on another, and the background jobs (statistics facts,
 * retention) run once across the processes.
 *
 * PostgreSQL only (TEST_DATABASE_URL; always in CI): SQLite is one file for one process.
 */
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse, RecordsPage } from '$lib/domain/api/sync';
import type { Actor } from '$lib/domain/roles';
import { connectDatabase, type DatabaseHandle } from '$lib/server/db/connect';
import { demo, newClientId, signIn, type ApiClient } from '../support/api-client';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/databases';
import { selectRows } from '../support/inspect';
import { freePort, startServer } from '../support/server.js';
import {
	type AppProcess,
	blankFields,
	everyFate,
	faultyWorld,
	holdPushAtEnd,
	HttpServer,
	lostAnswerSteps,
	play,
	type PushFate,
	type Step,
	type Summary,
	total,
	type WorldPeople
} from '../support/sync-sim';

const PROCESSES = 3;
/** Every fault of the suite, and a process killed mid-push three times as often. */
const killingFates: PushFate[] = [...everyFate, 'serverCrash', 'serverCrash'];
const RUNS = 6;

/**
 * A world that surely kills a process in the middle of a push and surely answers a resent push
 * as a duplicate (its first answer lost), run before the random ones: six random worlds alone
 * do not always meet both.
 */
const killedWorld: Step[] = [
	{ t: 'edit', device: 0, op: 'insert', pick: 0, fields: blankFields },
	{ t: 'edit', device: 0, op: 'insert', pick: 1, fields: blankFields },
	{ t: 'push', device: 0, size: 6, fate: 'serverCrash', crashAt: 0 },
	{ t: 'pull', device: 1, limit: 4, lostPage: undefined },
	{ t: 'push', device: 0, size: 6, fate: 'ok', crashAt: 0 },
	...lostAnswerSteps
];

/** A small seeded generator, so a failing run's routing can be replayed from its seed. */
function seeded(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe.each(testDatabaseKinds().filter((kind) => kind === 'postgres'))(
	'%s: several app processes behind a load balancer',
	(kind) => {
		let database: TestDatabase;
		let processes: AppProcess[];
		let server: HttpServer;
		let reader: DatabaseHandle;
		let people: WorldPeople;
		const sessions = new Map<string, ApiClient>();
		const summaries: Summary[] = [];
		const select = <T>(sql: string) => selectRows<T>(database.env, '', sql);

		beforeAll(async () => {
			database = await createTestDatabase(kind);
			// Jobs are checked every second, so the job test below sees many chances to run twice.
			const envs = await Promise.all(
				Array.from({ length: PROCESSES }, async () => ({
					...database.env,
					JOB_CHECK_SECONDS: '1',
					PORT: String(await freePort())
				}))
			);
			// All at once on the new database, as a deployment starts them: one migrates, one
			// loads the demo data, the others wait for it (db/start-lock.ts).
			const running = await Promise.all(envs.map((env) => startServer(env, { within: 90_000 })));
			processes = running.map((process, n) => ({ running: process, env: envs[n]! }));
			const actor = async (email: string): Promise<Actor> => {
				const session = await signIn(processes[0]!.running, email);
				const { user } = (await session.get('/api/v1/me')).body;
				sessions.set(user.id, session);
				return { userId: user.id, role: user.role, countyId: user.countyId };
			};
			people = { worker: await actor(demo.worker), coordinator: await actor(demo.coordinator) };
			reader = await connectDatabase({
				kind: 'postgres',
				connectionString: database.env.DATABASE_URL!
			});
			server = new HttpServer(processes, sessions, reader, {
				killMidPush: database.env.DATABASE_URL!
			});
		}, 90_000);
		afterAll(async () => {
			await reader?.db.destroy();
			await server?.stop();
			await database?.drop();
		});

		it('started every process at once on a new database, the demo loaded once', async () => {
			const outputs = processes.map((process) => process.running.output());
			expect(outputs.filter((output) => output.includes('demo data loaded'))).toHaveLength(1);
			for (const output of outputs) expect(output).not.toContain('cannot start');
			const [accounts] = await select<{ n: number }>(
				`SELECT count(*) AS n FROM auth_user WHERE email = '${demo.worker}'`
			);
			expect(Number(accounts!.n)).toBe(1);
		});

		it('keeps every sync invariant with requests spread at random and processes killed mid-push', async () => {
			await fc.assert(
				fc.asyncProperty(faultyWorld(24, killingFates), fc.nat(), async (steps, seed) => {
					server.route = seeded(seed);
					// Every third run a process is also killed just before the network heals.
					const killLast = summaries.length % 3 === 0;
					summaries.push(await play(server, people, steps, { register: true, killLast }));
				}),
				{ numRuns: RUNS, examples: [[killedWorld, 1]] }
			);
			await server.allServing();
			const seen = total(summaries);
			expect(seen.applied).toBeGreaterThan(RUNS);
			expect(seen.duplicates).toBeGreaterThan(0);
			expect(seen.crashes).toBeGreaterThan(0);
			expect(server.killedMidPush).toBe(seen.crashes);
			expect(seen.runs).toBe(RUNS);
			expect(seen.restarts).toBeGreaterThanOrEqual(Math.ceil(RUNS / 3));
			// The balancing reached every process.
			for (const served of server.served()) expect(served).toBeGreaterThan(0);
		}, 240_000);

		it('never lets a pull on one process skip a push still committing on another', async () => {
			await server.allServing();
			const [first, second, third] = processes.map((process) => process.running.url);
			const writer = sessions.get(people.worker.userId)!;
			const reader = sessions.get(people.coordinator.userId)!;
			const writerId = newClientId();
			const readerId = newClientId();
			expect((await writer.at(first!).post('/api/v1/devices', { clientId: writerId })).status).toBe(
				200
			);
			expect(
				(await reader.at(second!).post('/api/v1/devices', { clientId: readerId })).status
			).toBe(200);
			const pull = async (url: string, since: string | null) => {
				const query = since ? `&since=${encodeURIComponent(since)}` : '';
				const answer = await reader
					.at(url)
					.get<RecordsPage>(`/api/v1/sync/pull?scope=records&limit=1000${query}`, {
						headers: { 'x-lahelle-client': readerId }
					});
				expect(answer.status).toBe(200);
				return answer.body;
			};
			let cursor: string | null = null;
			for (let page = await pull(second!, null); ; page = await pull(second!, cursor)) {
				cursor = page.cursor;
				if (!page.hasMore) break;
			}

			const id = crypto.randomUUID();
			const hold = await holdPushAtEnd(database.env.DATABASE_URL!, writerId);
			const pushed = writer.at(first!).post<PushResponse>(
				'/api/v1/sync/push',
				{
					clientId: writerId,
					schemaVersion: 7,
					mutations: [
						{
							mid: 1,
							op: 'insert',
							table: 'contacts',
							id,
							baseVersion: null,
							fields: {
								channel: 'phone',
								sourceType: 'child-protection',
								themes: [],
								note: 'myöhään valmistuva',
								followUp: false,
								occurredAt: new Date().toISOString(),
								createdBy: people.worker.userId,
								countyId: 'pirkanmaa'
							},
							clientTs: new Date().toISOString()
						}
					]
				},
				{ headers: { 'x-lahelle-client': writerId } }
			);
			let waiting: number | null = null;
			try {
				await expect
					.poll(async () => (waiting = await hold.waiting()), { timeout: 10_000 })
					.not.toBeNull();
				// The push has its sequence number and its record written, uncommitted: a pull on
				// another process meanwhile must not move past it.
				const during = await pull(third!, cursor);
				expect(during.changes.map((change) => change.id)).not.toContain(id);
				cursor = during.cursor;
			} finally {
				await hold.release();
			}
			const answer = await pushed;
			expect(answer.status).toBe(200);
			expect(answer.body.results[0]).toMatchObject({ mid: 1, status: 'applied' });
			const after = await pull(second!, cursor);
			expect(after.changes.map((change) => change.id)).toContain(id);
			expect(waiting).not.toBeNull();
		});

		it('runs the statistics facts and the daily retention once across the processes', async () => {
			const coordinator = sessions.get(people.coordinator.userId)!;
			const clientId = newClientId();
			const urls = processes.map((process) => process.running.url);
			expect((await coordinator.at(urls[0]!).post('/api/v1/devices', { clientId })).status).toBe(
				200
			);
			// Contacts of 2019: past the demo's 60 months, so the next retention run deletes them.
			const ids = Array.from({ length: 6 }, () => crypto.randomUUID());
			const pushed = await coordinator.at(urls[1]!).post<PushResponse>(
				'/api/v1/sync/push',
				{
					clientId,
					schemaVersion: 7,
					mutations: ids.map((id, n) => ({
						mid: n + 1,
						op: 'insert',
						table: 'contacts',
						id,
						baseVersion: null,
						fields: {
							channel: 'phone',
							sourceType: 'child-protection',
							themes: ['demanding-separation'],
							note: 'vanha',
							followUp: false,
							occurredAt: `2019-03-0${n + 1}T10:00:00.000Z`,
							createdBy: people.coordinator.userId,
							countyId: 'pirkanmaa'
						},
						clientTs: new Date().toISOString()
					}))
				},
				{ headers: { 'x-lahelle-client': clientId } }
			);
			expect(pushed.body.results.every((r) => r.status === 'applied')).toBe(true);

			// Statistics asked of every process at once, while their jobs catch up too: each
			// change is counted once.
			const answers = await Promise.all(
				urls.map((url) =>
					coordinator.at(url).get('/api/v1/stats?from=2019-03-01&to=2019-03-31&area=pirkanmaa')
				)
			);
			for (const answer of answers) {
				expect(answer.status).toBe(200);
				expect(answer.body.contacts.total).toBe(ids.length);
			}
			const [level] = await select<{ grouped: number; facts: number; mark: number; seq: number }>(
				`SELECT (SELECT coalesce(sum(count), 0) FROM stats_month_groups) AS grouped,
				        (SELECT count(*) FROM stats_facts
				          WHERE kind = 'contacts' AND deleted = 0 AND day IS NOT NULL
				            AND county_id IS NOT NULL) AS facts,
				        (SELECT value FROM counters WHERE name = 'stats_facts') AS mark,
				        (SELECT max(seq) FROM records) AS seq`
			);
			expect(Number(level!.grouped)).toBe(Number(level!.facts));

			// The retention is due once a day. Made due three times over, while every process
			// checks each second: it must run exactly once each time.
			const runs = () =>
				server
					.outputs()
					.reduce((sum, output) => sum + (output.match(/retention deleted/g)?.length ?? 0), 0);
			const admin = new pg.Client({ connectionString: database.env.DATABASE_URL });
			await admin.connect();
			try {
				for (let round = 1; round <= 3; round++) {
					const before = runs();
					await admin.query(
						`UPDATE job_runs SET last_finished_at = '2000-01-01T00:00:00.000Z' WHERE name = 'retention'`
					);
					await expect
						.poll(
							async () =>
								(
									await admin.query(
										`SELECT last_finished_at FROM job_runs WHERE name = 'retention'`
									)
								).rows[0].last_finished_at,
							{ timeout: 15_000, interval: 100 }
						)
						.not.toBe('2000-01-01T00:00:00.000Z');
					// Three more checks of every process: none may run it again.
					await new Promise((resolve) => setTimeout(resolve, 3000));
					expect(runs() - before).toBe(1);
				}
			} finally {
				await admin.end();
			}
			const expired = await select<{ id: string; version: number; deleted: number }>(
				`SELECT id, version, deleted FROM records WHERE id IN (${ids.map((id) => `'${id}'`).join(',')})`
			);
			expect(expired).toHaveLength(ids.length);
			for (const row of expired) {
				expect(Number(row.deleted)).toBe(1);
				// Inserted at version 1, deleted once: version 2.
				expect(Number(row.version)).toBe(2);
			}
			const [audited] = await select<{ n: number }>(
				`SELECT count(*) AS n FROM audit_log WHERE action = 'record.expire'
				   AND record_id IN (${ids.map((id) => `'${id}'`).join(',')})`
			);
			expect(Number(audited!.n)).toBe(ids.length);
			expect(Number(level!.mark)).toBeLessThanOrEqual(Number(level!.seq));
		}, 90_000);
	}
);
