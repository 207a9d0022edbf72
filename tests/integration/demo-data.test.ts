import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '$lib/server/demo/accounts';
import { anonymous, demo, signIn, uniqueEmail } from '../support/api-client';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/databases';
import { countRows, selectRows } from '../support/inspect';
import { pullRecords } from '../support/record-factories';
import { failedStart, startServer, type RunningServer } from '../support/server.js';

/** Live (not tombstoned) rows of a table that has `deleted`. */
const liveRows = async (env: Record<string, string>, dataDir: string, table: string) => {
	const cast = env.DATABASE_URL ? '::int' : '';
	const [row] = await selectRows<{ n: number }>(
		env,
		dataDir,
		`SELECT count(*)${cast} AS n FROM ${table} WHERE deleted = 0`
	);
	return row?.n ?? 0;
};

const demoSignIn = (server: { url: string }, email: string = demo.admin) =>
	anonymous(server).post('/api/v1/session', { email, password: demo.password });

const serverSays = async (server: { url: string }) =>
	(await anonymous(server).get('/api/v1/session')).body.demoAccounts as boolean;

describe.each(testDatabaseKinds())('demo data on %s', (kind) => {
	let database: TestDatabase;
	let dataDir: string;
	let server: RunningServer | undefined;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		dataDir = mkdtempSync(path.join(tmpdir(), 'lahelle-demo-'));
	});

	afterAll(async () => {
		await server?.stop();
		await database?.drop();
		rmSync(dataDir, { recursive: true, force: true });
	});

	// The newcomer's start on SQLite; on PostgreSQL DEMO_DATA=true asks for it explicitly.
	const demoOn = () =>
		kind === 'sqlite'
			? { ...database.databaseEnv, DATA_DIR: dataDir }
			: { ...database.databaseEnv, DATA_DIR: dataDir, DEMO_DATA: 'true' };
	// Off by default with DATABASE_URL; on SQLite only DEMO_DATA=false turns it off.
	const demoOff = () =>
		kind === 'sqlite'
			? { ...database.databaseEnv, DATA_DIR: dataDir, DEMO_DATA: 'false' }
			: { ...database.databaseEnv, DATA_DIR: dataDir };

	let realEmail: string;

	it('loads the demo, warns loudly on stderr and tells the app', async () => {
		server = await startServer(demoOn());
		expect(server.output()).toMatch(
			kind === 'sqlite'
				? /demo data loaded \(on by default: SQLite without an https ORIGIN\)/
				: /demo data loaded \(DEMO_DATA=true\)/
		);
		const warning = server.errorOutput();
		expect(warning.split('\n').length).toBeGreaterThan(5);
		expect(warning).toMatch(/WARNING: this server has DEMO ACCOUNTS whose password is PUBLIC/);
		for (const email of [demo.admin, demo.coordinator, demo.worker]) {
			expect(warning).toContain(email);
		}
		expect(warning).toContain('DEMO_DATA=false');

		expect(await serverSays(server)).toBe(true);
		const signedIn = await demoSignIn(server);
		expect(signedIn.status).toBe(200);
		expect(signedIn.body.demoAccounts).toBe(true);
		const admin = await signIn(server, demo.admin);
		expect((await admin.get('/api/v1/me')).body).toMatchObject({
			user: { email: demo.admin },
			demoAccounts: true
		});

		// Someone real, made by the demo admin while the demo ran: they stay.
		realEmail = uniqueEmail('real');
		const created = await admin.post('/api/v1/admin/users', {
			name: 'Oikea Ihminen',
			email: realEmail,
			role: 'coordinator',
			countyId: 'pirkanmaa'
		});
		expect(created.status).toBe(201);
		const real = await signIn(server, realEmail, created.body.temporaryPassword);
		expect(real.jar?.cookies.size).toBeGreaterThan(0);
		expect(await liveRows(database.env, dataDir, 'directory_entries')).toBeGreaterThan(150);
		expect(await liveRows(database.env, dataDir, 'records')).toBeGreaterThan(90);
	});

	it("gives the demo experts the Pirkanmaa cases of the group's work, each its own", async () => {
		const stages: Record<string, string[]> = {};
		const directory = await signIn(server!, demo.admin);
		const snapshot = await directory.get('/api/v1/directory/snapshot');
		const entries = new Map<string, Record<string, unknown>>(
			snapshot.text
				.trim()
				.split('\n')
				.slice(1)
				.map((line: string) => JSON.parse(line).data as Record<string, unknown>)
				.map((entry) => [entry.id as string, entry])
		);
		for (const email of [demo.expert, demo.psychiatrist, demo.mobilePair]) {
			const expert = await signIn(server!, email);
			const me = (await expert.get('/api/v1/me')).body.user;
			expect(me).toMatchObject({ role: 'expert', expertId: expect.any(String) });
			const { changes } = await pullRecords(expert);
			const cases = changes.filter((change) => change.table === 'consultations');
			expect(cases.every((change) => change.data!.countyId === 'pirkanmaa')).toBe(true);
			stages[email] = cases.map((change) => String(change.data!.stage)).sort();
			// Their timelines, and nothing else of the pilot set (no contacts, no other case).
			const caseIds = new Set(cases.map((change) => change.id));
			const rest = changes.filter((change) => change.table !== 'consultations');
			expect(rest.length).toBeGreaterThan(0);
			for (const change of rest) {
				expect(change.table).toBe('consultation_events');
				expect(caseIds.has(change.data!.consultationId as string)).toBe(true);
			}
			if (email === demo.mobilePair) {
				const entry = entries.get(me.expertId)!;
				expect(entry).toMatchObject({ roles: ['mobile-pair'], countyId: 'pirkanmaa' });
				expect(me.name).toBe(entry.name);
				// The mobile pair marked the case ready for the group's next meeting.
				const ready = cases.find((change) => change.data!.stage === 'coordination')!;
				expect(ready.data!.readyForGroup).toMatchObject({ by: me.id });
			}
		}
		// The lawyer assigned in person; the psychiatrist's group has three cases at different
		// points (handled, ready, being prepared); the mobile pair sees the county's open cases.
		expect(stages).toEqual({
			[demo.expert]: ['coordination'],
			[demo.psychiatrist]: ['buffer', 'coordination', 'plan'],
			[demo.mobilePair]: ['buffer', 'coordination', 'plan', 'trigger']
		});
	});

	it('removes the demo at the next start with the demo off: the demo password no longer works', async () => {
		await server!.stop();
		server = await startServer(demoOff());
		const output = server.output();
		expect(output).toMatch(
			kind === 'sqlite'
				? /demo data off \(DEMO_DATA=false\)/
				: /demo data off \(off by default: DATABASE_URL is set\)/
		);
		expect(output).toMatch(/the demo data found in the database was removed/);
		expect(output).toMatch(
			/accounts: admin@example\.fi, coordinator@example\.fi, worker@example\.fi/
		);
		expect(server.errorOutput()).not.toMatch(/DEMO ACCOUNTS/);

		for (const email of [demo.admin, demo.coordinator, demo.worker]) {
			expect((await demoSignIn(server, email)).status).toBe(401);
		}
		expect(await serverSays(server)).toBe(false);
		expect(await liveRows(database.env, dataDir, 'directory_entries')).toBe(0);
		expect(await liveRows(database.env, dataDir, 'records')).toBe(0);
		expect(await countRows(database.env, dataDir, 'devices')).toBe(0);
		const users = await selectRows<{ email: string }>(
			database.env,
			dataDir,
			'SELECT email FROM auth_user'
		);
		expect(users.map((user) => user.email)).toEqual([realEmail]);
		// The public finder has nothing fictional left.
		const finder = await anonymous(server).get('/api/v1/public/services');
		expect(JSON.stringify(finder.body)).not.toMatch(/040 000/);
	});

	it('then starts quietly: nothing left to remove, no warning', async () => {
		await server!.stop();
		server = await startServer(demoOff());
		expect(server.output()).not.toMatch(/was removed/);
		expect(server.errorOutput()).toBe('');
	});
});

describe.each(testDatabaseKinds())('demo data default on %s', (kind) => {
	let database: TestDatabase;
	let server: RunningServer | undefined;

	afterEach(async () => {
		await server?.stop();
		server = undefined;
		await database?.drop();
	});

	// The newcomer's embedded SQLite gets the demo by itself; a DATABASE_URL is a deployment.
	it(`is ${kind === 'sqlite' ? 'on' : 'off'} by default when nothing says otherwise`, async () => {
		database = await createTestDatabase(kind);
		server = await startServer(database.databaseEnv);
		if (kind === 'sqlite') {
			expect(server.output()).toMatch(
				/demo data loaded \(on by default: SQLite without an https ORIGIN\)/
			);
			expect(await serverSays(server)).toBe(true);
			expect((await demoSignIn(server)).status).toBe(200);
			return;
		}
		expect(server.output()).toMatch(/demo data off \(off by default: DATABASE_URL is set\)/);
		expect(server.errorOutput()).toBe('');
		expect(await serverSays(server)).toBe(false);
		expect((await demoSignIn(server)).status).toBe(401);
		expect(await countRows(database.env, server.dataDir, 'directory_entries')).toBe(0);
		expect(await countRows(database.env, server.dataDir, 'auth_user')).toBe(0);
	});

	it('is off with an https ORIGIN', async () => {
		database = await createTestDatabase(kind);
		server = await startServer({ ...database.databaseEnv, ORIGIN: 'https://lahelle.example.fi' });
		expect(server.output()).toMatch(/demo data off \(/);
		expect(server.errorOutput()).toBe('');
		expect(await serverSays(server)).toBe(false);
		expect(await countRows(database.env, server.dataDir, 'directory_entries')).toBe(0);
		expect(await countRows(database.env, server.dataDir, 'auth_user')).toBe(0);
	});

	it('is on with an https ORIGIN when DEMO_DATA=true says so', async () => {
		database = await createTestDatabase(kind);
		server = await startServer({
			...database.databaseEnv,
			ORIGIN: 'https://lahelle.example.fi',
			DEMO_DATA: 'true'
		});
		expect(server.output()).toMatch(/demo data loaded \(DEMO_DATA=true\)/);
		expect(server.errorOutput()).toMatch(/DEMO ACCOUNTS/);
		expect(await serverSays(server)).toBe(true);
	});
});

describe('demo data that cannot be removed', () => {
	let dataDir: string;
	let server: RunningServer | undefined;

	beforeAll(() => {
		dataDir = mkdtempSync(path.join(tmpdir(), 'lahelle-demo-'));
	});

	afterAll(async () => {
		await server?.stop();
		rmSync(dataDir, { recursive: true, force: true });
	});

	it('stops the start, removes nothing and says how to go on', async () => {
		server = await startServer({ DATA_DIR: dataDir });
		await server.stop();
		server = undefined;
		// Something outside Lähelle keeps the accounts (here a trigger): removal cannot finish.
		const sqlite = new SqliteDatabase(path.join(dataDir, 'lahelle.db'));
		sqlite.exec(
			`CREATE TRIGGER keep_users BEFORE DELETE ON auth_user BEGIN SELECT RAISE(ABORT, 'kept by a trigger'); END`
		);
		sqlite.close();

		const { code, output } = await failedStart({ DATA_DIR: dataDir, DEMO_DATA: 'false' });
		expect(code).toBe(1);
		expect(output).toMatch(
			/Lähelle cannot start: DEMO_DATA is off, but the demo data in the database could not be removed \(.*kept by a trigger.*\); nothing was removed\. Fix the cause and start again, or set DEMO_DATA=true/
		);
		const env = {};
		expect(await countRows(env, dataDir, 'auth_user')).toBe(demoAccounts.length);
		expect(await liveRows(env, dataDir, 'directory_entries')).toBeGreaterThan(150);
	});
});
