import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

/**
 * `npm run backup|restore -- …` as an operator runs it (tsx, without npm's own start-up);
 * answers its exit code and everything it printed.
 */
export function opsScript(
	name: 'backup' | 'restore',
	args: string[],
	env: Record<string, string>
): Promise<{ code: number; output: string }> {
	return run(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, ...args], {
		cwd: root,
		env: { ...process.env, ...env }
	}).then(
		(done) => ({ code: 0, output: done.stdout + done.stderr }),
		(failed: { code: number; stdout: string; stderr: string }) => ({
			code: failed.code,
			output: failed.stdout + failed.stderr
		})
	);
}
