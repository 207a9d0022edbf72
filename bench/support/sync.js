// Shared by the sync benchmarks (bench/measures/sync-*.js): a built server on a fresh SQLite or
// PostgreSQL database, signed-in devices registered as the app registers them, and contacts
// shaped as the app queues them. Everything goes through the real API: sessions, validation,
// the device check and the audit log are all on.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startServer } from '../../tests/support/server.js';

export const PASSWORD = 'lahelle-demo-2026';
export const BATCH = 500;
export const POSTGRES_ADMIN = 'postgres://postgres@127.0.0.1:5432/postgres';

/** Whether a PostgreSQL server answers at 127.0.0.1:5432 (as the benchmarks expect it). */
export async function postgresReachable() {
	const client = new pg.Client({ connectionString: POSTGRES_ADMIN, connectionTimeoutMillis: 2000 });
	try {
		await client.connect();
		return true;
	} catch {
		return false;
	} finally {
		await client.end().catch(() => {});
	}
}

/**
 * The built app on a fresh database of the given kind; `stop` removes it again.
 * @param {'sqlite' | 'postgres'} kind
 */
export async function startSyncServer(kind) {
	const { urls, pids, stop } = await startSyncServers(kind, 1);
	return { url: urls[0], pid: pids[0], stop };
}

/**
 * `count` processes of the built app on one fresh database (PostgreSQL for more than one),
 * started at once as a deployment starts them; `stop` stops them and removes the database.
 * @param {'sqlite' | 'postgres'} kind
 * @param {number} count
 */
export async function startSyncServers(kind, count) {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'lahelle-bench-sync-'));
	let dropDatabase = async () => {};
	// DATABASE_URL is always set, so the caller's own environment never picks the database;
	// DEMO_DATA too, as the demo accounts sign in (with DATABASE_URL it is off by default).
	const env = { DATA_DIR: dataDir, DATABASE_URL: '', DEMO_DATA: 'true' };
	if (kind === 'postgres') {
		const name = `lahelle_bench_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
		const admin = new pg.Client({ connectionString: POSTGRES_ADMIN });
		await admin.connect();
		await admin.query(`CREATE DATABASE ${name}`);
		await admin.end();
		env.DATABASE_URL = `postgres://postgres@127.0.0.1:5432/${name}`;
		dropDatabase = async () => {
			const client = new pg.Client({ connectionString: POSTGRES_ADMIN });
			await client.connect();
			await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await client.end();
		};
	}
	const started = await Promise.allSettled(
		Array.from({ length: count }, () => startServer(env, { within: 60_000 }))
	);
	const servers = started.flatMap((result) =>
		result.status === 'fulfilled' ? [result.value] : []
	);
	const stop = async () => {
		for (const server of servers) await server.stop();
		rmSync(dataDir, { recursive: true, force: true });
		await dropDatabase();
	};
	const failed = started.find((result) => result.status === 'rejected');
	if (failed) {
		await stop();
		throw failed.reason;
	}
	return {
		urls: servers.map((server) => server.url),
		pids: servers.map((server) => server.process.pid),
		stop
	};
}

/**
 * Signs a person in and registers a new device for them, as the app does after sign-in.
 * Answers what the device sends with every request.
 */
export async function signInDevice(url, email = 'worker@example.fi') {
	const signIn = await fetch(`${url}/api/v1/session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: url },
		body: JSON.stringify({ email, password: PASSWORD })
	});
	if (!signIn.ok) throw new Error(`sign-in answered ${signIn.status}`);
	const cookie = signIn.headers
		.getSetCookie()
		.map((line) => line.split(';')[0])
		.join('; ');
	const clientId = crypto.randomUUID();
	const headers = { cookie, origin: url, 'x-lahelle-client': clientId };
	const registered = await fetch(`${url}/api/v1/devices`, {
		method: 'POST',
		headers: { ...headers, 'content-type': 'application/json' },
		body: JSON.stringify({ clientId })
	});
	if (!registered.ok) throw new Error(`device registration answered ${registered.status}`);
	return { clientId, headers };
}

const themes = ['demanding-separation', 'neurodevelopmental', 'substitute-care'];
const channels = ['phone', 'visit', 'meeting', 'video'];

/** A new contact as the Log tab queues it (the note as typed; the device encrypts it at rest). */
export function insertMutation(mid, n = mid) {
	return {
		mid,
		op: 'insert',
		table: 'contacts',
		id: crypto.randomUUID(),
		baseVersion: null,
		fields: {
			channel: channels[n % channels.length],
			sourceType: 'child-protection',
			themes: themes.slice(0, 1 + (n % themes.length)),
			note: `Yhteydenotto ${n}: vanhemmat eivät pääse sopuun tapaamisista, lapsi oireilee.`,
			followUp: n % 3 === 0,
			occurredAt: new Date(Date.UTC(2026, 10, 1) + n * 60_000).toISOString(),
			createdBy: 'device',
			countyId: 'pirkanmaa'
		},
		clientTs: new Date().toISOString()
	};
}

/** An edit of one of the device's own records: two fields, as a quick correction. */
export function updateMutation(mid, id, baseVersion) {
	return {
		mid,
		op: 'update',
		table: 'contacts',
		id,
		baseVersion,
		fields: { note: `Korjattu ${mid}: sovittu jatkotapaaminen.`, followUp: true },
		clientTs: new Date().toISOString()
	};
}

/** One push, as the app sends it; throws unless every change was applied (or was already). */
export async function push(url, device, mutations) {
	const response = await fetch(`${url}/api/v1/sync/push`, {
		method: 'POST',
		headers: { ...device.headers, 'content-type': 'application/json' },
		body: JSON.stringify({ clientId: device.clientId, schemaVersion: 5, mutations })
	});
	if (!response.ok) throw new Error(`push answered ${response.status}: ${await response.text()}`);
	const answer = await response.json();
	const refused = answer.results.filter(
		(result) => result.status !== 'applied' && result.status !== 'duplicate'
	);
	if (refused.length > 0) throw new Error(`push not applied: ${JSON.stringify(refused[0])}`);
	return answer;
}

/** Queues `count` new contacts and pushes them in batches of 500; answers the time taken (ms). */
export async function pushContacts(url, device, count) {
	const queue = Array.from({ length: count }, (_, n) => insertMutation(n + 1));
	const started = performance.now();
	for (let at = 0; at < queue.length; at += BATCH) {
		await push(url, device, queue.slice(at, at + BATCH));
	}
	return performance.now() - started;
}

/** Pulls records page by page from `cursor` (or the beginning); answers the changes and cursor. */
export async function pullAll(url, device, cursor = null, limit = 1000) {
	let received = 0;
	for (;;) {
		const since = cursor ? `&since=${encodeURIComponent(cursor)}` : '';
		const response = await fetch(`${url}/api/v1/sync/pull?scope=records&limit=${limit}${since}`, {
			headers: { ...device.headers, 'accept-encoding': 'gzip' }
		});
		if (!response.ok) throw new Error(`pull answered ${response.status}`);
		const page = await response.json();
		received += page.changes.length;
		cursor = page.cursor;
		if (!page.hasMore) return { received, cursor };
	}
}

/** CPU seconds a process has used so far (Linux /proc), or null where that cannot be read. */
export function cpuSeconds(pid) {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
		// utime and stime, fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
		return (Number(fields[11]) + Number(fields[12])) / 100;
	} catch {
		return null;
	}
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
