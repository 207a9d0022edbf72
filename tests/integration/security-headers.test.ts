import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
beforeAll(async () => {
	server = await startServer();
});
afterAll(async () => {
	await server?.stop();
});

describe('security headers', () => {
	it.each([
		'/',
		'/sv',
		'/app',
		'/app/directory',
		'/api/v1/health',
		'/sw.js',
		'/family-sw.js',
		'/manifest.webmanifest'
	])('%s carries them', async (path) => {
		const response = await fetch(server.url + path);
		expect(response.status).toBe(200);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('referrer-policy')).toBe('no-referrer');
		expect(response.headers.get('permissions-policy')).toContain('camera=()');
		expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		expect(response.headers.get('strict-transport-security')).toBeNull();
		expect(response.headers.get('set-cookie')).toBeNull();
	});

	it('refuses a cross-site form post', async () => {
		const response = await fetch(server.url + '/api/v1/health', {
			method: 'POST',
			headers: {
				origin: 'https://evil.example',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: 'a=1'
		});
		expect(response.status).toBe(403);
	});
});
