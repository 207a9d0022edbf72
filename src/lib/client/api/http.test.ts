import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { SCHEMA_VERSION, SCHEMA_VERSION_HEADER } from '$lib/domain/api/schema-version';
import { ApiError, apiRequest, MALFORMED_ANSWER } from './http';

const Answer = z.object({ count: z.int() });

/** A tiny HTTP server answering each path with a fixed status and body. */
const answers: Record<string, { status: number; body: string }> = {
	'/good': { status: 200, body: '{"count":3,"extra":true}' },
	'/wrong': { status: 200, body: '{"count":"three"}' },
	'/not-json': { status: 200, body: '<html>proxy error</html>' },
	'/refused': { status: 409, body: '{"message":"Too new.","code":"server_outdated"}' },
	'/odd-error': { status: 502, body: '["not an error body"]' }
};
let server: Server;
let base = '';
let headers: Record<string, string | string[] | undefined> = {};

beforeAll(async () => {
	server = createServer((request, response) => {
		headers = request.headers;
		const answer = answers[request.url ?? ''] ?? { status: 404, body: '' };
		response.writeHead(answer.status, { 'content-type': 'application/json' });
		response.end(answer.body);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const failure = (path: string) =>
	apiRequest(base + path, Answer).then(
		() => expect.unreachable(),
		(error: unknown) => error as ApiError
	);

describe('apiRequest', () => {
	it('answers the parsed body, and tells the server which schema version it speaks', async () => {
		expect(await apiRequest(base + '/good', Answer)).toEqual({ count: 3 });
		expect(headers[SCHEMA_VERSION_HEADER]).toBe(String(SCHEMA_VERSION));
	});

	it('turns an answer that does not fit its schema into a clear ApiError', async () => {
		const error = await failure('/wrong');
		expect(error).toBeInstanceOf(ApiError);
		expect(error.code).toBe(MALFORMED_ANSWER);
		expect(error.message).toContain('GET');
		expect(error.message).toContain('/wrong');
		expect(error.message).toContain('count');
		expect((await failure('/not-json')).code).toBe(MALFORMED_ANSWER);
	});

	it("keeps the server's error code and message, and copes with an odd error body", async () => {
		const refused = await failure('/refused');
		expect([refused.status, refused.code, refused.message]).toEqual([
			409,
			'server_outdated',
			'Too new.'
		]);
		expect(refused.serverOutdated).toBe(true);
		const odd = await failure('/odd-error');
		expect([odd.status, odd.code]).toEqual([502, 'http_502']);
	});
});
