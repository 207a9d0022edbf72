import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from '../../tests/support/browser.js';
import { startServer } from '../../tests/support/server.js';

const root = path.resolve(import.meta.dirname, '../..');
const PASSWORD = 'lahelle-demo-2026';
const PIN = '246810';
const size = { experts: 5000, services: 3000 };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The directory on a phone at benchmark size (issue 4): 5 000 experts and 3 000 services made by
 * `npm run gen:directory` into a fresh SQLite data directory, served by the built app.
 * (a) The first download and store of the whole directory in Chromium: from opening the
 *     Directory tab after sign-in until every entry and the pull cursor are in IndexedDB.
 * (b) A pull with no changes: median round trip over loopback (an upper bound of the server's
 *     time) of 50 requests after 5 warm-ups, and the size of the answer.
 */
export async function directorySync() {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'lahelle-bench-directory-'));
	// The same database for the generator and the server, whatever the caller's environment.
	const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
	let server;
	let browser;
	try {
		execFileSync(
			path.join(root, 'node_modules/.bin/tsx'),
			[
				'scripts/gen-directory.ts',
				'--experts',
				String(size.experts),
				'--services',
				String(size.services)
			],
			{ cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] }
		);
		// The first start adds the demo data (and its accounts) on top of the generated set.
		server = await startServer(env);
		browser = await launchChromium();
		const download = await firstDownload(browser, server.url);
		const pull = await emptyPull(server.url);
		return [
			{
				metric: `directory entries downloaded (${size.experts} experts + ${size.services} services + demo)`,
				value: download.entries,
				target: null
			},
			{
				metric: 'first directory download and store in Chromium (ms)',
				value: download.ms,
				target: 5000
			},
			{
				metric: 'first directory download, snapshot on the wire (gzip kB)',
				value: Math.round(download.wireBytes / 102.4) / 10,
				target: null
			},
			{ metric: 'pull with no changes, median round trip (ms)', value: pull.ms, target: 20 },
			{ metric: 'pull with no changes, answer body (bytes)', value: pull.bodyBytes, target: 1024 },
			{
				metric: 'pull with no changes, answer headers (bytes)',
				value: pull.headerBytes,
				target: null
			}
		];
	} finally {
		await browser?.close();
		await server?.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

const DIRECTORY_STEP = 'lahelle:prep:directory';

/**
 * Signs a worker in through the real login page and PIN, and times the directory's first
 * download: from its request (made as the offline preparation starts, at sign-in) until the
 * entries are stored.
 */
async function firstDownload(browser, url) {
	const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
	try {
		const page = await context.newPage();
		const snapshot = page.waitForResponse(
			(response) => response.url().endsWith('/api/v1/directory/snapshot'),
			{ timeout: 60_000 }
		);
		await page.goto(`${url}/app`);
		await page.waitForURL(/\/app\/login$/);
		await page.getByLabel('Sähköposti').fill('worker@example.fi');
		await page.getByLabel('Salasana').fill(PASSWORD);
		await page.getByRole('button', { name: 'Kirjaudu' }).click();
		await page.getByLabel('PIN-koodi (vähintään 6 numeroa)').fill(PIN);
		await page.getByLabel('PIN-koodi uudelleen').fill(PIN);
		await page.getByRole('button', { name: 'Ota PIN-koodi käyttöön' }).click();
		// The preparation's own measure of its directory step: from asking for the snapshot until
		// every entry and the cursor are stored (client/offline/offline-prep.svelte.ts).
		const step = await page.waitForFunction(
			(name) => performance.getEntriesByName(name)[0]?.duration,
			DIRECTORY_STEP,
			{ timeout: 60_000 }
		);
		const ms = Math.round(await step.jsonValue());
		const entries = await page.evaluate(storedDirectory);
		if (!entries) throw new Error('the directory step ended without the directory');
		const sizes = await (await snapshot).request().sizes();
		return { ms, entries, wireBytes: sizes.responseBodySize };
	} finally {
		await context.close();
	}
}

/**
 * Runs in the page: the number of entries stored once the download has finished (the cursor
 * is written last), else 0. Reads IndexedDB directly, as the app's own code does through Dexie.
 */
async function storedDirectory() {
	if (!(await indexedDB.databases()).some((db) => db.name === 'ref')) return 0;
	const request = (r) =>
		new Promise((resolve, reject) => {
			r.onsuccess = () => resolve(r.result);
			r.onerror = () => reject(r.error);
		});
	const db = await request(indexedDB.open('ref'));
	try {
		if (!db.objectStoreNames.contains('meta')) return 0;
		const cursor = await request(db.transaction('meta').objectStore('meta').get('referenceCursor'));
		if (!cursor) return 0;
		const tables = ['experts', 'groups', 'units', 'organisations', 'services'];
		const transaction = db.transaction(tables);
		const counts = await Promise.all(
			tables.map((table) => request(transaction.objectStore(table).count()))
		);
		return counts.reduce((sum, count) => sum + count, 0);
	} finally {
		db.close();
	}
}

/** Times pulls that find nothing new, with a session cookie as a device sends it. */
async function emptyPull(url) {
	const signIn = await fetch(`${url}/api/v1/session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: url },
		body: JSON.stringify({ email: 'worker@example.fi', password: PASSWORD })
	});
	if (!signIn.ok) throw new Error(`sign-in answered ${signIn.status}`);
	const cookie = signIn.headers
		.getSetCookie()
		.map((line) => line.split(';')[0])
		.join('; ');
	const headers = { cookie, 'accept-encoding': 'gzip' };
	const snapshot = await (await fetch(`${url}/api/v1/directory/snapshot`, { headers })).text();
	const { cursor } = JSON.parse(snapshot.slice(0, snapshot.indexOf('\n')));
	const pullUrl = `${url}/api/v1/sync/pull?scope=reference&since=${encodeURIComponent(cursor)}`;

	const times = [];
	let answer;
	for (let run = 0; run < 55; run++) {
		const started = performance.now();
		const response = await fetch(pullUrl, { headers });
		const body = await response.arrayBuffer();
		if (run >= 5) times.push(performance.now() - started);
		answer = { response, body };
	}
	const page = JSON.parse(new TextDecoder().decode(answer.body));
	if (page.changes.length !== 0) throw new Error('the pull found changes where none were made');
	// Status line and headers as sent (HTTP/1.1), e.g. the security headers every answer has.
	let headerBytes = `HTTP/1.1 ${answer.response.status} OK\r\n`.length + 2;
	for (const [name, value] of answer.response.headers)
		headerBytes += name.length + value.length + 4;
	return {
		ms: Math.round(median(times) * 10) / 10,
		bodyBytes: answer.body.byteLength,
		headerBytes
	};
}
