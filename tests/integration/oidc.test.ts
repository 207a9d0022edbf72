import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, demo, signIn } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { Jars, browseSignIn, startProvider } from '../support/oidc';
import { freePort } from '../support/server.js';

const accounts = {
	known: {
		sub: 'op-subject-known',
		email: 'tunnettu@example.fi',
		email_verified: true,
		name: 'Tunnettu Työntekijä'
	},
	stranger: {
		sub: 'op-subject-stranger',
		email: 'vieras@example.fi',
		email_verified: true,
		name: 'Vieras Henkilö'
	}
};

describe('OpenID Connect sign-in against a real provider (sqlite)', () => {
	let app: TestApp;
	let provider: Awaited<ReturnType<typeof startProvider>>;
	let userId: string;

	beforeAll(async () => {
		const appPort = await freePort();
		const appUrl = `http://127.0.0.1:${appPort}`;
		const client = { clientId: 'lahelle', clientSecret: 'lahelle-secret' };
		// The provider first: the app reads its discovery document at start.
		provider = await startProvider({ port: await freePort(), appUrl, accounts, ...client });
		app = await startApp('sqlite', {
			PORT: String(appPort),
			ORIGIN: appUrl,
			OIDC_ISSUER: provider.issuer,
			OIDC_CLIENT_ID: client.clientId,
			OIDC_CLIENT_SECRET: client.clientSecret
		});
		const admin = await signIn(app, demo.admin);
		const created = await admin.post('/api/v1/admin/users', {
			name: 'Tunnettu Työntekijä',
			email: accounts.known.email,
			role: 'coordinator',
			countyId: 'kanta-hame'
		});
		expect(created.status).toBe(201);
		userId = created.body.user.id;
	});

	afterAll(async () => {
		await app?.stop();
		await provider?.stop();
	});

	it('says that it offers OpenID Connect', async () => {
		expect(app.server.output()).toContain('OpenID Connect sign-in on');
		const session = await new ApiClient(app.url).get('/api/v1/session');
		expect(session.body).toEqual({ user: null, oidc: true, demoAccounts: true });
	});

	it('starts at the app’s own link with a state cookie and a redirect to the provider', async () => {
		const answer = await new ApiClient(app.url).get('/api/v1/auth/oidc');
		expect(answer.status).toBe(302);
		const location = new URL(answer.headers.get('location')!);
		expect(location.origin).toBe(provider.issuer);
		expect(location.searchParams.get('client_id')).toBe('lahelle');
		expect(location.searchParams.get('redirect_uri')).toBe(`${app.url}/api/v1/auth/callback/oidc`);
		expect(location.searchParams.get('state')).toEqual(expect.any(String));
		expect(answer.setCookies.join('\n')).toMatch(/^lahelle\.[\w.]*state=/m);
	});

	it('signs in a person the admin created, by e-mail, with the role and county the admin gave', async () => {
		const jars = new Jars();
		const landed = await browseSignIn(
			`${app.url}/api/v1/auth/oidc`,
			'known',
			`${app.url}/app/`,
			jars
		);
		expect(landed).toBe(`${app.url}/app/login?oidc=done`);

		const browser = new ApiClient(app.url);
		for (const [name, value] of jars.for(app.url).cookies) browser.jar!.cookies.set(name, value);
		const me = await browser.get('/api/v1/me');
		expect(me.status).toBe(200);
		expect(me.body.user).toMatchObject({
			id: userId,
			email: accounts.known.email,
			role: 'coordinator',
			countyId: 'kanta-hame',
			// The temporary password given at creation does not block an OIDC sign-in.
			mustChangePassword: false
		});
		const device = await browser.post('/api/v1/devices', {
			clientId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b'
		});
		expect(device.status).toBe(200);
		const linked = await app.select<{ providerId: string; accountId: string }>(
			`SELECT "providerId", "accountId" FROM auth_account WHERE "userId" = '${userId}' ORDER BY "providerId"`
		);
		expect(linked).toEqual([
			{ providerId: 'credential', accountId: userId },
			{ providerId: 'oidc', accountId: accounts.known.sub }
		]);
	});

	it('creates no one for an e-mail the admin has not added: back to sign-in with an error, no session', async () => {
		const users = await app.count('auth_user');
		const jars = new Jars();
		const landed = await browseSignIn(
			`${app.url}/api/v1/auth/oidc`,
			'stranger',
			`${app.url}/app/`,
			jars
		);
		const url = new URL(landed);
		expect(url.pathname).toBe('/app/login');
		expect(url.searchParams.get('oidc')).toBe('failed');
		expect(url.searchParams.get('error')).toEqual(expect.any(String));

		expect([...jars.for(app.url).cookies.keys()]).not.toContain('lahelle.session_token');
		const browser = new ApiClient(app.url);
		for (const [name, value] of jars.for(app.url).cookies) browser.jar!.cookies.set(name, value);
		expect((await browser.get('/api/v1/me')).status).toBe(401);
		expect(await app.count('auth_user')).toBe(users);
	});
});

describe('OpenID Connect on a server without it (sqlite)', () => {
	let app: TestApp;

	beforeAll(async () => {
		app = await startApp('sqlite');
	});

	afterAll(async () => {
		await app?.stop();
	});

	it('answers the start link with 404 and says it offers only passwords', async () => {
		const client = new ApiClient(app.url);
		const answer = await client.get('/api/v1/auth/oidc');
		expect(answer.status).toBe(404);
		expect(answer.body.code).toBe('not_found');
		expect((await client.get('/api/v1/session')).body.oidc).toBe(false);
	});
});
