import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { ApiClient } from './api-client';
import type { TestApp } from './app';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Runs `npm run import`'s script (`scripts/import.ts args…`) against a SQLite DATA_DIR, as an
 * admin would on the server; answers its exit code and output (stdout and stderr together).
 */
export function runImportCli(args: string[], dataDir: string) {
	return new Promise<{ code: number | null; output: string }>((resolve) => {
		const child = spawn('npx', ['tsx', 'scripts/import.ts', ...args], {
			cwd: root,
			env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.once('exit', (code) => resolve({ code, output }));
	});
}

/** Runs `test` with a fresh DATA_DIR, removed afterwards. */
export async function withDataDir(test: (dataDir: string) => Promise<void>) {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'lahelle-import-'));
	try {
		await test(dataDir);
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
	}
}

/** The directory entries of a kind in DATA_DIR's SQLite file, by id. */
export function storedEntries(dataDir: string, kind: string): { id: string; data: string }[] {
	const sqlite = new SqliteDatabase(path.join(dataDir, 'lahelle.db'), { readonly: true });
	try {
		return sqlite
			.prepare('SELECT id, data FROM directory_entries WHERE kind = ? ORDER BY id')
			.all(kind) as { id: string; data: string }[];
	} finally {
		sqlite.close();
	}
}

/** Sends a file to the admin import endpoint, as the import page does. */
export const uploadImport = (client: ApiClient, format: string, text: string, dryRun: boolean) =>
	client.request('POST', `/api/v1/admin/directory/import?format=${format}&dryRun=${dryRun}`, {
		raw: text,
		headers: { 'content-type': format === 'experts-csv' ? 'text/csv' : 'application/json' }
	});

/** Every directory row as stored, to show that an import wrote nothing (or only what it said). */
export const directoryRows = (app: TestApp) =>
	app.select('SELECT id, version, seq, deleted, data FROM directory_entries ORDER BY id');
