// Plain JavaScript (typed with JSDoc) so both the test suites and `npm run bench` can use it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * @typedef {object} RunningServer
 * @property {string} url
 * @property {string} dataDir
 * @property {import('node:child_process').ChildProcess} process
 * @property {() => string} output
 * @property {() => string} errorOutput what it wrote to stderr alone
 * @property {() => Promise<number | null>} stop
 */

/** @returns {Promise<number>} */
export function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/**
 * Every app process a test started and that still runs: killed when the test process exits,
 * however it ends (a failed assertion, a timeout, a crash), so none is left serving.
 * @type {Set<import('node:child_process').ChildProcess>}
 */
const running = new Set();
process.once('exit', () => {
	for (const child of running) child.kill('SIGKILL');
});

/**
 * @param {Record<string, string>} env
 * @param {number} port
 */
function spawnBuiltServer(env, port) {
	const child = spawn(process.execPath, ['server/start.js'], {
		cwd: root,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	let errors = '';
	child.stdout.on('data', (chunk) => (log += chunk));
	child.stderr.on('data', (chunk) => {
		log += chunk;
		errors += chunk;
	});
	running.add(child);
	/** @type {Promise<number | null>} */
	const exited = new Promise((resolve) =>
		child.once('exit', (code) => {
			running.delete(child);
			resolve(code);
		})
	);
	return { child, exited, output: () => log, errorOutput: () => errors };
}

/**
 * Starts the built app (`build/`) as `npm start` would, on a free port (or env.PORT, for a test
 * that must know the address before the start) and, unless DATA_DIR is given, its own temporary
 * data directory; resolves when /api/v1/health/ready answers 200 (started, database answering).
 * @param {Record<string, string>} [env]
 * @param {{ within?: number }} [options] how long it may take (ms) before it counts as hung
 * @returns {Promise<RunningServer>}
 */
export async function startServer(env = {}, { within = 20_000 } = {}) {
	const port = env.PORT ? Number(env.PORT) : await freePort();
	const dataDir = env.DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'lahelle-test-'));
	const { child, exited, output, errorOutput } = spawnBuiltServer(
		{ ...env, DATA_DIR: dataDir },
		port
	);
	const url = `http://127.0.0.1:${port}`;

	/** @param {string} message */
	const failed = (message) => {
		if (!env.DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
		return new Error(message);
	};
	const deadline = Date.now() + within;
	for (;;) {
		if (child.exitCode !== null) throw failed(`server exited at start:\n${output()}`);
		try {
			const response = await fetch(`${url}/api/v1/health/ready`);
			if (response.ok) break;
		} catch {
			// not listening yet (while it starts it answers 503)
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw failed(`server did not answer within ${within / 1000} s:\n${output()}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 10));
	}

	return {
		url,
		dataDir,
		process: child,
		output,
		errorOutput,
		stop: async () => {
			if (child.exitCode === null) child.kill('SIGTERM');
			// A process that does not finish its graceful stop in time is killed, not left behind.
			const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
			const code = await exited;
			clearTimeout(timer);
			if (!env.DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
			return code;
		}
	};
}

/**
 * Runs the built app expecting it to refuse to start; answers its exit code and output.
 * @param {Record<string, string>} env
 * @returns {Promise<{ code: number | null; output: string }>}
 */
export async function failedStart(env) {
	const { child, exited, output } = spawnBuiltServer(env, await freePort());
	const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
	const code = await exited;
	clearTimeout(timer);
	return { code, output: output() };
}
