import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	anonymous,
	demo,
	signIn,
	uniqueEmail,
	type AnyJson,
	type ApiClient
} from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';

const evil = 'https://evil.example';

/** A GET with a Host header of our choosing, which fetch does not let a caller set. */
function getWithHost(url: string, host: string) {
	return new Promise<{ status: number; location: string | undefined }>((resolve, reject) => {
		const request = http.get(url, { headers: { host } }, (response) => {
			response.resume();
			response.on('end', () =>
				resolve({ status: response.statusCode ?? 0, location: response.headers.location })
			);
		});
		request.on('error', reject);
	});
}

describe.each(testDatabaseKinds())('changes from another origin on %s', (kind) => {
	let app: TestApp;
	let admin: ApiClient;
	let targetId: string;

	beforeAll(async () => {
		app = await startApp(kind);
		admin = await signIn(app, demo.admin);
		const created = await admin.post('/api/v1/admin/users', {
			name: 'Kohde Käyttäjä',
			email: uniqueEmail('csrf-target'),
			role: 'worker',
			countyId: 'pirkanmaa'
		});
		if (created.status !== 201) throw new Error(`cannot create the target: ${created.text}`);
		targetId = created.body.user.id;
	});

	afterAll(async () => {
		await app?.stop();
	});

	const password = async () =>
		(
			await app.select<{ password: string }>(
				`SELECT password FROM auth_account WHERE "userId" = '${targetId}'`
			)
		)[0]?.password;

	/** The admin's browser, sent a request by a page elsewhere: its cookie goes along. */
	const fromElsewhere = (method: string, path: string, headers: Record<string, string>) =>
		fetch(app.url + path, {
			method,
			headers: { cookie: admin.jar!.header(), ...headers },
			redirect: 'manual'
		});

	it('refuses a bodiless POST from another origin with the admin’s cookie, changing nothing', async () => {
		const before = await password();
		const elsewhere: Record<string, string>[] = [
			{ origin: evil },
			// Another port of the same host is the same site, where SameSite=Lax cookies go along.
			{ origin: app.url.replace(/:\d+$/, ':1') },
			{ origin: 'null' },
			{ 'sec-fetch-site': 'cross-site' },
			{ 'sec-fetch-site': 'same-site' }
		];
		for (const headers of elsewhere) {
			const answer = await fromElsewhere(
				'POST',
				`/api/v1/admin/users/${targetId}/password-reset`,
				headers
			);
			expect(answer.status, JSON.stringify(headers)).toBe(403);
			expect(await answer.json()).toEqual({
				code: 'cross_origin',
				message: expect.any(String)
			});
		}
		expect(await password()).toBe(before);
	});

	it('refuses sign-in, sign-out and JSON changes from another origin', async () => {
		const signInThere = await anonymous(app).post(
			'/api/v1/session',
			{ email: demo.worker, password: demo.password },
			{ headers: { origin: evil } }
		);
		expect(signInThere.status).toBe(403);
		expect(signInThere.setCookies).toEqual([]);

		const patched = await admin.patch(
			`/api/v1/admin/users/${targetId}`,
			{ disabled: true },
			{ headers: { origin: evil } }
		);
		expect(patched.status).toBe(403);
		expect(patched.body.code).toBe('cross_origin');

		const signOut = await admin.delete('/api/v1/session', { headers: { origin: evil } });
		expect(signOut.status).toBe(403);
		expect((await admin.get('/api/v1/me')).status).toBe(200);
		const users = (await admin.get('/api/v1/admin/users')).body.users as AnyJson[];
		expect(users.find((user) => user.id === targetId)).toMatchObject({ disabled: false });
	});

	it('lets reads through from anywhere, and changes from the app itself or from scripts', async () => {
		expect((await fromElsewhere('GET', '/api/v1/me', { origin: evil })).status).toBe(200);
		expect((await fromElsewhere('HEAD', '/api/v1/me', { origin: evil })).status).toBe(200);

		const path = `/api/v1/admin/users/${targetId}/password-reset`;
		// As the app's pages send it, and as a browser may for a same-origin call without Origin.
		expect((await fromElsewhere('POST', path, { origin: app.url })).status).toBe(200);
		expect((await fromElsewhere('POST', path, { 'sec-fetch-site': 'same-origin' })).status).toBe(
			200
		);
		// A script or server sends neither header, and has no browser's cookie to borrow.
		expect((await fromElsewhere('POST', path, {})).status).toBe(200);
	});

	it('answers 404 at the OpenID Connect callback when that is not configured, whatever the Host', async () => {
		for (const host of ['evil.example', new URL(app.url).host]) {
			const answer = await getWithHost(`${app.url}/api/v1/auth/callback/oidc`, host);
			expect(answer).toEqual({ status: 404, location: undefined });
		}
	});
});

describe.each(testDatabaseKinds())('changes with ORIGIN set on %s', (kind) => {
	const origin = 'https://lahelle.example.fi';
	let app: TestApp;

	beforeAll(async () => {
		app = await startApp(kind, { ORIGIN: origin });
	});

	afterAll(async () => {
		await app?.stop();
	});

	it('takes changes from ORIGIN only, not from whatever address the request came to', async () => {
		const attempt = (from: string) =>
			anonymous(app).post(
				'/api/v1/session',
				{ email: demo.worker, password: demo.password },
				{ headers: { origin: from } }
			);
		const direct = await attempt(app.url);
		expect(direct.status).toBe(403);
		expect(direct.body.code).toBe('cross_origin');
		expect((await attempt(origin)).status).toBe(200);
	});
});
