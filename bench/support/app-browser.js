// Shared by the browser benchmarks: a new device signed in through the real login page and
// PIN, and a data directory holding the large generated directory.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { startServer } from '../../tests/support/server.js';

const root = path.resolve(import.meta.dirname, '../..');
export const PASSWORD = 'lahelle-demo-2026';
export const PIN = '246810';

/**
 * Types the email, password and a new PIN; `beforePin` runs (and is awaited) just before the
 * PIN is submitted.
 */
export async function signInWithPin(page, url, email, beforePin = () => {}) {
	await page.goto(`${url}/app/login`);
	await page.getByLabel('Sähköposti').fill(email);
	await page.getByLabel('Salasana').fill(PASSWORD);
	await page.getByRole('button', { name: 'Kirjaudu' }).click();
	await page.getByLabel('PIN-koodi (vähintään 6 numeroa)').fill(PIN);
	await page.getByLabel('PIN-koodi uudelleen').fill(PIN);
	await beforePin();
	await page.getByRole('button', { name: 'Ota PIN-koodi käyttöön' }).click();
}

/**
 * The demo data (and accounts) in `env`'s database, then `size` generated experts and services
 * on top (`npm run gen:directory`).
 */
export async function largeDirectory(env, size) {
	// The first start migrates and loads the demo data and accounts; then the large set.
	await (await startServer(env)).stop();
	execFileSync(
		process.execPath,
		[
			path.join(root, 'node_modules/tsx/dist/cli.mjs'),
			'scripts/gen-directory.ts',
			'--experts',
			String(size.experts),
			'--services',
			String(size.services)
		],
		{ cwd: root, env: { ...process.env, ...env }, stdio: 'pipe' }
	);
}
