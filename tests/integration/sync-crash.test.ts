/**
 * The real server killed with SIGKILL in the middle of a push (issue 5, Proof): the built app
 * (`node server/start.js`) on a file SQLite database — and on PostgreSQL when
 * TEST_DATABASE_URL is set — takes a batch of 500 changes over HTTP; a probe watching the
 * database sees the push's transaction at work and the process is killed right then. After a
 * restart on the same database the device retries its outbox, and every record must exist
 * exactly once, every change be applied once, and last_mid be the device's last mid.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '$lib/domain/sync/protocol';
import { demo, newClientId, signIn, type ApiClient } from '../support/api-client';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/databases';
import { selectRows } from '../support/inspect';
import { freePort, startServer, type RunningServer } from '../support/server.js';

const BATCH = 500;

interface Change {
	mid: number;
	op: 'insert' | 'update';
	table: 'contacts';
	id: string;
	baseVersion: number | null;
	fields: Record<string, unknown>;
	clientTs: string;
}

/**
 * Answers true while a push's transaction is open on the server: it holds the writers' lock
 * (the change counter's row) from its first statement to its commit. On SQLite that is the
 * database's write lock, which nothing else keeps for more than a moment.
 */
type Probe = { busy: () => Promise<boolean>; close: () => Promise<void> };

function sqliteProbe(file: string): Probe {
	const probe = new SqliteDatabase(file, { timeout: 0 });
	return {
		busy: async () => {
			try {
				probe.exec('BEGIN IMMEDIATE');
				probe.exec('ROLLBACK');
				return false;
			} catch (error) {
				if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
				throw error;
			}
		},
		close: async () => void probe.close()
	};
}

async function postgresProbe(url: string): Promise<Probe> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	return {
		busy: async () => {
			const { rows } = await client.query(
				`SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
				  WHERE l.relation = 'counters'::regclass AND l.mode = 'RowExclusiveLock'
				    AND a.pid <> pg_backend_pid() AND a.backend_xid IS NOT NULL`
			);
			return rows[0].n > 0;
		},
		close: () => client.end()
	};
}

describe.each(testDatabaseKinds())('kill -9 in the middle of a push, on %s', (kind) => {
	let database: TestDatabase;
	let dataDir: string;
	let env: Record<string, string>;
	let server: RunningServer;
	let worker: ApiClient;
	let workerId: string;
	const clientId = newClientId();
	/** The device's durable outbox, and what it knows of each record. */
	let outbox: Change[] = [];
	let nextMid = 1;
	const versions = new Map<string, number>();
	const expectedUpdates = new Map<string, number>();
	let midBatchKills = 0;

	const select = <T>(sql: string) => selectRows<T>(database.env, dataDir, sql);

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		dataDir = mkdtempSync(path.join(tmpdir(), 'lahelle-crash-'));
		env = { ...database.env, DATA_DIR: dataDir, PORT: String(await freePort()) };
		server = await startServer(env);
		worker = await signIn(server, demo.worker);
		workerId = (await worker.get('/api/v1/me')).body.user.id;
		const registered = await worker.post('/api/v1/devices', { clientId });
		expect(registered.status).toBe(200);
		worker.headers['x-lahelle-client'] = clientId;
	});
	afterAll(async () => {
		await server?.stop();
		rmSync(dataDir, { recursive: true, force: true });
		await database?.drop();
	});

	const queueInserts = (count: number) => {
		for (let n = 0; n < count; n++) {
			const id = crypto.randomUUID();
			outbox.push({
				mid: nextMid++,
				op: 'insert',
				table: 'contacts',
				id,
				baseVersion: null,
				fields: {
					channel: 'visit',
					sourceType: 'child-protection',
					themes: ['demanding-separation', 'neurodevelopmental'],
					note: `Käynti ${id}: ${'muistiinpano '.repeat(60)}`,
					followUp: n % 2 === 0,
					occurredAt: new Date(Date.UTC(2026, 2, 1, 8, 0, n)).toISOString(),
					createdBy: 'device',
					countyId: 'pirkanmaa'
				},
				clientTs: new Date().toISOString()
			});
			versions.set(id, 0);
			expectedUpdates.set(id, 0);
		}
	};

	const queueUpdates = (count: number) => {
		const known = [...versions].filter(([, version]) => version > 0).slice(0, count);
		for (const [id, version] of known) {
			outbox.push({
				mid: nextMid++,
				op: 'update',
				table: 'contacts',
				id,
				baseVersion: version,
				fields: { note: `Päivitetty ${nextMid}`, followUp: true },
				clientTs: new Date().toISOString()
			});
			expectedUpdates.set(id, expectedUpdates.get(id)! + 1);
		}
	};

	const push = (mutations: Change[]) =>
		worker.post<PushResponse>('/api/v1/sync/push', { clientId, schemaVersion: 5, mutations });

	const lastMid = async () =>
		Number(
			(
				await select<{ last_mid: number }>(
					`SELECT last_mid FROM sync_clients WHERE client_id = '${clientId}'`
				)
			)[0]?.last_mid ?? 0
		);

	/**
	 * Sends the first batch of the outbox and kills the server with SIGKILL as soon as the
	 * probe sees the push's transaction writing (or, with 'committed', as soon as it sees it
	 * end: the answer is then most likely lost on its way); then starts it again on the same
	 * database. Answers whether nothing of the batch survived (the kill came before the commit).
	 */
	async function pushAndKill(when: 'writing' | 'committed' = 'writing'): Promise<boolean> {
		const batch = outbox.slice(0, BATCH);
		const before = await lastMid();
		const probe =
			kind === 'sqlite'
				? sqliteProbe(path.join(dataDir, 'lahelle.db'))
				: await postgresProbe(database.env.DATABASE_URL!);
		const answer = push(batch).then(
			(response) => ({ response }),
			(error: unknown) => ({ error })
		);
		let settled = false;
		void answer.then(() => (settled = true));
		let seen = 0;
		let killed = false;
		try {
			// Busy on several polls in a row: the push's long transaction, not a passing write.
			while (!settled && seen < 3) {
				seen = (await probe.busy()) ? seen + 1 : 0;
				await new Promise((resolve) => setTimeout(resolve, 1));
			}
			while (when === 'committed' && !settled && (await probe.busy())) {
				await new Promise((resolve) => setTimeout(resolve, 1));
			}
			if (seen >= 3 && !settled) {
				const exited = new Promise((resolve) => server.process.once('exit', resolve));
				server.process.kill('SIGKILL');
				await exited;
				killed = true;
			}
		} finally {
			await probe.close();
		}
		const outcome = await answer;
		// The answer may still have arrived just before the process died.
		if ('response' in outcome) acknowledge(outcome.response.body);
		if (!killed) return false;
		server = await startServer(env);
		const after = await lastMid();
		expect([before, before + batch.length]).toContain(after);
		return after === before;
	}

	function acknowledge(answer: PushResponse) {
		for (const result of answer.results) {
			const change = outbox.find((candidate) => candidate.mid === result.mid)!;
			if (result.version !== undefined && change.op === 'insert') {
				versions.set(change.id, result.version);
			}
			if (result.version !== undefined && change.op === 'update') {
				versions.set(change.id, result.version);
			}
		}
		outbox = outbox.filter((change) => change.mid > answer.lastMutationId);
	}

	/** The device comes back: it sends its whole outbox, in order, until nothing is left. */
	async function retryOutbox() {
		while (outbox.length > 0) {
			const answer = await push(outbox.slice(0, BATCH));
			expect(answer.status).toBe(200);
			const before = outbox.length;
			acknowledge(answer.body);
			expect(outbox.length).toBeLessThan(before);
		}
	}

	async function expectEveryChangeOnce() {
		const rows = await select<{ id: string; version: number; deleted: number }>(
			`SELECT id, version, deleted FROM records WHERE owner_id = '${workerId}'`
		);
		const ids = rows.map((row) => row.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.sort()).toEqual([...versions.keys()].sort());
		for (const row of rows) expect(Number(row.version)).toBe(1 + expectedUpdates.get(row.id)!);
		expect(await lastMid()).toBe(nextMid - 1);
		const [audited] = await select<{ n: number }>(
			`SELECT count(*) AS n FROM audit_log
			  WHERE action = 'record.write' AND client_id = '${clientId}'`
		);
		expect(Number(audited!.n)).toBe(nextMid - 1);
		const [quarantined] = await select<{ n: number }>(
			`SELECT count(*) AS n FROM sync_quarantine WHERE client_id = '${clientId}'`
		);
		expect(Number(quarantined!.n)).toBe(0);

		// And the device pulls each record exactly once.
		const pulled: string[] = [];
		let since = '';
		for (;;) {
			const page = await worker.get(`/api/v1/sync/pull?scope=records${since}`);
			expect(page.status).toBe(200);
			pulled.push(...page.body.changes.map((change: { id: string }) => change.id));
			if (!page.body.hasMore) break;
			since = `&since=${page.body.cursor}`;
		}
		expect(pulled.sort()).toEqual(ids.sort());
	}

	it('applies a batch whose push was killed exactly once when the device retries', async () => {
		for (let round = 0; round < 6 && midBatchKills < 2; round++) {
			queueInserts(BATCH);
			if (await pushAndKill()) midBatchKills++;
			await retryOutbox();
			await expectEveryChangeOnce();
		}
		// The probe caught the transaction at work at least once, and nothing of it survived.
		expect(midBatchKills).toBeGreaterThanOrEqual(1);
	}, 120_000);

	it('survives a second kill while the device is retrying, with updates in the batch', async () => {
		queueInserts(BATCH - 100);
		queueUpdates(100);
		await pushAndKill('writing');
		await pushAndKill('committed');
		await retryOutbox();
		await expectEveryChangeOnce();
	}, 120_000);
});
