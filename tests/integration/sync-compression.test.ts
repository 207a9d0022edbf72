/**
 * The records pull answers compressed as the client accepts (issue 14): brotli for a browser,
 * gzip for a client that offers only that, plain JSON for one that offers neither. The push
 * may come gzipped (the app sends its large batches so), bounded by what it inflates to.
 */
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactFields, demo, newClientId, signIn, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';
import { SCHEMA_VERSION, SCHEMA_VERSION_HEADER } from '$lib/domain/api/schema-version';
import { MAX_INFLATED_BODY_BYTES } from '$lib/server/http';

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

describe.each(testDatabaseKinds())('sync compression on %s', (kind) => {
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

	describe('a gzipped push', () => {
		let clientId: string;
		let lastMid = 0;
		const pushBody = (count: number) => {
			const mutations = Array.from({ length: count }, () => ({
				mid: ++lastMid,
				op: 'insert',
				table: 'contacts',
				id: newClientId(),
				baseVersion: null,
				fields: contactFields(),
				clientTs: '2026-11-20T09:00:00.000Z'
			}));
			return { clientId, schemaVersion: SCHEMA_VERSION, mutations };
		};
		const post = (body: BodyInit, encoding?: string) =>
			fetch(`${app.url}/api/v1/sync/push`, {
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					...(encoding ? { 'content-encoding': encoding } : {}),
					[SCHEMA_VERSION_HEADER]: String(SCHEMA_VERSION),
					origin: app.url,
					cookie: session.jar!.header()
				},
				body
			});

		beforeAll(async () => {
			clientId = newClientId();
			expect((await session.post('/api/v1/devices', { clientId })).status).toBe(200);
		});

		it('is applied as the same push sent plain', async () => {
			const body = pushBody(200);
			const plain = JSON.stringify(body);
			const packed = gzipSync(plain);
			expect(packed.length).toBeLessThan(plain.length / 4);
			const answer = await post(packed, 'gzip');
			expect(answer.status).toBe(200);
			const results = ((await answer.json()) as { results: { mid: number; status: string }[] })
				.results;
			expect(results.map((result) => result.mid)).toEqual(body.mutations.map((m) => m.mid));
			expect(new Set(results.map((result) => result.status))).toEqual(new Set(['applied']));
			console.info(`push of 200 contacts: ${plain.length} B plain, ${packed.length} B gzip`);
		});

		it('refuses a body that inflates past the limit (413), bad gzip (400), another encoding (415)', async () => {
			const bomb = gzipSync(Buffer.alloc(MAX_INFLATED_BODY_BYTES + 1, 0x20));
			expect(bomb.length).toBeLessThan(10_000);
			const tooBig = await post(bomb, 'gzip');
			expect(tooBig.status).toBe(413);
			expect(await tooBig.json()).toMatchObject({ code: 'payload_too_large' });
			const broken = await post('not gzip at all', 'gzip');
			expect(broken.status).toBe(400);
			expect(await broken.json()).toMatchObject({ code: 'invalid_encoding' });
			const other = await post(JSON.stringify(pushBody(1)), 'br');
			expect(other.status).toBe(415);
			expect(await other.json()).toMatchObject({ code: 'unsupported_encoding' });
		});
	});
});
