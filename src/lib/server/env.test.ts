import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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
		expect(config.demoData).toBe(true);
	});

	it('uses PostgreSQL when DATABASE_URL is a postgres URL, and an empty one means SQLite', () => {
		const dir = tempDir();
		const pgConfig = loadServerConfig({ DATA_DIR: dir, DATABASE_URL: 'postgres://u@h/db' });
		expect(pgConfig.database).toEqual({ kind: 'postgres', connectionString: 'postgres://u@h/db' });
		expect(loadServerConfig({ DATA_DIR: dir, DATABASE_URL: '' }).database.kind).toBe('sqlite');
		expect(loadServerConfig({ DATA_DIR: dir, DEMO_DATA: 'false' }).demoData).toBe(false);
	});

	it('refuses other URLs and unwritable directories with a readable ConfigError', () => {
		expect(() => loadServerConfig({ DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
		expect(() => loadServerConfig({ DATA_DIR: '/etc/hostname/x' })).toThrow(
			/DATA_DIR .* not a writable/
		);
		expect(() => loadServerConfig({ DATA_DIR: tempDir(), DEMO_DATA: 'maybe' })).toThrow(
			ConfigError
		);
	});
});
