import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadServerConfig } from './env';

describe('server configuration', () => {
	const dirs: string[] = [];
	const tempDir = () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'lahelle-env-'));
		dirs.push(dir);
		return dir;
	};
	afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

	it('uses the embedded SQLite file in DATA_DIR by default, creating the directory', () => {
		const dir = path.join(tempDir(), 'nested', 'data');
		const config = loadServerConfig({ DATA_DIR: dir });
		expect(config.database).toEqual({ kind: 'sqlite', file: path.join(dir, 'lahelle.db') });
	});

	it('uses PostgreSQL when DATABASE_URL is a postgres URL, and an empty one means SQLite', () => {
		const dir = tempDir();
		const pgConfig = loadServerConfig({ DATA_DIR: dir, DATABASE_URL: 'postgres://u@h/db' });
		expect(pgConfig.database).toEqual({ kind: 'postgres', connectionString: 'postgres://u@h/db' });
		expect(loadServerConfig({ DATA_DIR: dir, DATABASE_URL: '' }).database.kind).toBe('sqlite');
	});

	it("reads the OT centre's number (OT_PHONE), refusing what is not a phone number", () => {
		const dir = tempDir();
		expect(loadServerConfig({ DATA_DIR: dir }).otPhone).toBeNull();
		expect(loadServerConfig({ DATA_DIR: dir, OT_PHONE: '' }).otPhone).toBeNull();
		expect(loadServerConfig({ DATA_DIR: dir, OT_PHONE: ' 020 000 0100 ' }).otPhone).toBe(
			'020 000 0100'
		);
		expect(() => loadServerConfig({ DATA_DIR: dir, OT_PHONE: 'call me' })).toThrow(
			/^OT_PHONE: OT_PHONE must be a phone number/
		);
	});

	it('reads how often background jobs are checked (JOB_CHECK_SECONDS), an hour by default', () => {
		const dir = tempDir();
		expect(loadServerConfig({ DATA_DIR: dir }).jobCheckMs).toBe(3_600_000);
		expect(loadServerConfig({ DATA_DIR: dir, JOB_CHECK_SECONDS: '' }).jobCheckMs).toBe(3_600_000);
		expect(loadServerConfig({ DATA_DIR: dir, JOB_CHECK_SECONDS: '2' }).jobCheckMs).toBe(2000);
		expect(() => loadServerConfig({ DATA_DIR: dir, JOB_CHECK_SECONDS: '0' })).toThrow(
			/^JOB_CHECK_SECONDS: JOB_CHECK_SECONDS must be at least 1/
		);
		expect(() => loadServerConfig({ DATA_DIR: dir, JOB_CHECK_SECONDS: 'often' })).toThrow(
			/JOB_CHECK_SECONDS must be a number/
		);
	});

	it('reads how long experts keep a closed case (CASE_ACCESS_GRACE_DAYS), 30 days by default', () => {
		const dir = tempDir();
		expect(loadServerConfig({ DATA_DIR: dir }).caseAccessGraceDays).toBe(30);
		expect(
			loadServerConfig({ DATA_DIR: dir, CASE_ACCESS_GRACE_DAYS: '' }).caseAccessGraceDays
		).toBe(30);
		expect(
			loadServerConfig({ DATA_DIR: dir, CASE_ACCESS_GRACE_DAYS: '0' }).caseAccessGraceDays
		).toBe(0);
		expect(() => loadServerConfig({ DATA_DIR: dir, CASE_ACCESS_GRACE_DAYS: '-1' })).toThrow(
			/^CASE_ACCESS_GRACE_DAYS: CASE_ACCESS_GRACE_DAYS must be 0 or more/
		);
		expect(() => loadServerConfig({ DATA_DIR: dir, CASE_ACCESS_GRACE_DAYS: 'a month' })).toThrow(
			/CASE_ACCESS_GRACE_DAYS must be a number/
		);
	});

	it('refuses other URLs and unwritable directories with a readable ConfigError', () => {
		expect(() => loadServerConfig({ DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
		expect(() => loadServerConfig({ DATA_DIR: '/etc/hostname/x' })).toThrow(
			/DATA_DIR .* not a writable/
		);
		expect(() => loadServerConfig({ DATA_DIR: tempDir(), DEMO_DATA: 'maybe' })).toThrow(
			/^DEMO_DATA: must be true or false/
		);
	});
});

describe('the demo data default', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'lahelle-env-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const demo = (env: Record<string, string>) => {
		const config = loadServerConfig({ DATA_DIR: dir, ...env });
		return { on: config.demoData, reason: config.demoDataReason };
	};

	it("is on for the newcomer's start: embedded SQLite and no https ORIGIN", () => {
		expect(demo({})).toEqual({ on: true, reason: expect.stringMatching(/on by default/) });
		expect(demo({ DEMO_DATA: '' }).on).toBe(true);
		expect(demo({ ORIGIN: 'http://localhost:3000' }).on).toBe(true);
		expect(demo({ DATABASE_URL: '' }).on).toBe(true);
	});

	it('is off when DATABASE_URL is set or ORIGIN is https', () => {
		expect(demo({ DATABASE_URL: 'postgres://u@h/db' })).toEqual({
			on: false,
			reason: 'off by default: DATABASE_URL is set'
		});
		expect(demo({ ORIGIN: 'https://lahelle.example.fi' })).toEqual({
			on: false,
			reason: 'off by default: ORIGIN is https'
		});
		expect(demo({ ORIGIN: 'HTTPS://LAHELLE.EXAMPLE.FI' }).on).toBe(false);
		expect(demo({ DATABASE_URL: 'postgres://u@h/db', ORIGIN: 'http://localhost' }).on).toBe(false);
	});

	it('follows an explicit DEMO_DATA either way', () => {
		expect(demo({ DEMO_DATA: 'true', DATABASE_URL: 'postgres://u@h/db' })).toEqual({
			on: true,
			reason: 'DEMO_DATA=true'
		});
		expect(demo({ DEMO_DATA: '1', ORIGIN: 'https://lahelle.example.fi' }).on).toBe(true);
		expect(demo({ DEMO_DATA: 'false' })).toEqual({ on: false, reason: 'DEMO_DATA=false' });
		expect(demo({ DEMO_DATA: '0' }).on).toBe(false);
	});
});
