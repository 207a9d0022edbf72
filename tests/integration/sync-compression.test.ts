/**
 * The records pull answers compressed as the client accepts (issue 14): brotli for a browser,
 * gzip for a client that offers only that, plain JSON for one that offers neither.
 */
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, signIn, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';

/** The raw bytes of an answer, as they cross the network (fetch would decode them). */
function rawGet(url: string, headers: Record<string, string>) {
	return new Promise<{ encoding: string | undefined; bytes: Buffer }>((resolve, reject) => {
		const req = httpRequest(url, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () =>
				resolve({
					encoding: res.headers['content-encoding'] as string | undefined,
					bytes: Buffer.concat(chunks)
				})
			);
		});
		req.on('error', reject);
		req.end();
	});
}

describe.each(testDatabaseKinds())('records pull compression on %s', (kind) => {
	let app: TestApp;
	let session: ApiClient;

	beforeAll(async () => {
		app = await startApp(kind);
		session = await signIn(app, demo.coordinator);
	});
	afterAll(async () => {
		await app?.stop();
	});

	it('answers brotli or gzip as accepted, the same page as plain JSON and smaller', async () => {
		const url = `${app.url}/api/v1/sync/pull?scope=records&limit=1000`;
		const cookie = session.jar!.header();
		const plain = await rawGet(url, { cookie });
		const br = await rawGet(url, { cookie, 'accept-encoding': 'gzip, deflate, br' });
		const gzip = await rawGet(url, { cookie, 'accept-encoding': 'gzip' });
		expect(plain.encoding).toBeUndefined();
		expect(br.encoding).toBe('br');
		expect(gzip.encoding).toBe('gzip');
		const page = JSON.parse(plain.bytes.toString()) as { changes: unknown[] };
		expect(page.changes.length).toBeGreaterThan(0);
		expect(JSON.parse(brotliDecompressSync(br.bytes).toString())).toEqual(page);
		expect(JSON.parse(gunzipSync(gzip.bytes).toString())).toEqual(page);
		expect(br.bytes.length).toBeLessThan(plain.bytes.length / 4);
		console.info(
			`records pull, ${page.changes.length} records: ${plain.bytes.length} B plain, ` +
				`${gzip.bytes.length} B gzip, ${br.bytes.length} B brotli`
		);
	});
});
