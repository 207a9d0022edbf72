import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_DELAY_MS, FREE_ATTEMPTS } from '$lib/domain/login-throttle';
import { ADDRESS_FREE_ATTEMPTS } from '$lib/server/auth/throttle';
import { anonymous, demo, signIn, uniqueEmail, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';

const sessionCookie = (setCookies: string[]) =>
	setCookies.find((cookie) => cookie.startsWith('lahelle.session_token='));

describe.each(testDatabaseKinds())('password sign-in on %s', (kind) => {
	let app: TestApp;
	let admin: ApiClient;

	beforeAll(async () => {
		app = await startApp(kind);
		admin = await signIn(app, demo.admin);
	});

	afterAll(async () => {
		await app?.stop();
	});

	const attempt = (email: string, password: string) =>
		anonymous(app).post('/api/v1/session', { email, password });

	it('sets an HttpOnly, SameSite=Lax session cookie (not Secure over http), new at each sign-in', async () => {
		const first = await attempt(demo.worker, demo.password);
		const second = await attempt(demo.worker, demo.password);
		expect(first.status).toBe(200);
		expect(first.body.user).toMatchObject({ email: demo.worker, role: 'worker' });

		const cookie = sessionCookie(first.setCookies);
		expect(cookie).toBeDefined();
		const attributes = cookie!.split(';').map((part) => part.trim().toLowerCase());
		expect(attributes).toContain('httponly');
		expect(attributes).toContain('samesite=lax');
		expect(attributes).toContain('path=/');
		expect(attributes).not.toContain('secure');

		const token = (answer: typeof first) => sessionCookie(answer.setCookies)!.split(';')[0];
		expect(token(second)).not.toBe(token(first));
	});

	it('answers GET /api/v1/me with the session, and 401 without one or with a forged one', async () => {
		const worker = await signIn(app, demo.worker);
		const me = await worker.get('/api/v1/me');
		expect(me.status).toBe(200);
		expect(me.body.user).toMatchObject({
			email: demo.worker,
			role: 'worker',
			countyId: 'pirkanmaa',
			mustChangePassword: false,
			disabled: false
		});

		const nobody = await anonymous(app).get('/api/v1/me');
		expect(nobody.status).toBe(401);
		expect(nobody.body).toMatchObject({ code: 'unauthenticated', message: expect.any(String) });
		const forged = await anonymous(app).get('/api/v1/me', {
			headers: { cookie: 'lahelle.session_token=forged.c2lnbmF0dXJl' }
		});
		expect(forged.status).toBe(401);
	});

	it('ends the session on DELETE /api/v1/session, on the server and not only in the browser', async () => {
		const worker = await signIn(app, demo.worker);
		const cookie = worker.jar!.header();
		expect((await worker.get('/api/v1/me')).status).toBe(200);

		const signOut = await worker.delete('/api/v1/session');
		expect(signOut.status).toBe(200);
		expect(sessionCookie(signOut.setCookies)).toMatch(/max-age=0/i);
		// The old cookie, sent again as a copied or stolen one would be:
		const replay = await anonymous(app).get('/api/v1/me', { headers: { cookie } });
		expect(replay.status).toBe(401);
	});

	it('answers a wrong password and an unknown e-mail alike', async () => {
		const wrongPassword = await attempt(demo.admin, 'not-the-password');
		const unknownEmail = await attempt(uniqueEmail('nobody'), 'not-the-password');
		expect(wrongPassword.status).toBe(401);
		expect(wrongPassword.body).toEqual({
			code: 'invalid_credentials',
			message: expect.any(String)
		});
		expect(unknownEmail.status).toBe(wrongPassword.status);
		expect(unknownEmail.text).toBe(wrongPassword.text);
		expect(unknownEmail.setCookies).toEqual([]);
		// The admin's own good sign-in clears the account's count for the tests below.
		expect((await attempt(demo.admin, demo.password)).status).toBe(200);
	});

	it('delays an account after three failures, even for the right password, then lets it in and forgets', async () => {
		for (let i = 0; i < 3; i++) {
			expect((await attempt(demo.coordinator, `wrong-${i}`)).status).toBe(401);
		}
		const refused = await attempt(demo.coordinator, demo.password);
		expect(refused.status).toBe(429);
		expect(refused.body).toMatchObject({ code: 'throttled', message: expect.any(String) });
		expect(refused.setCookies).toEqual([]);
		const retryAfter = Number(refused.headers.get('retry-after'));
		expect(retryAfter).toBeGreaterThanOrEqual(1);
		expect(retryAfter).toBeLessThanOrEqual(2);

		await sleep(retryAfter * 1000);
		const allowed = await attempt(demo.coordinator, demo.password);
		expect(allowed.status).toBe(200);
		expect(
			await app.select(
				"SELECT key FROM login_throttle WHERE key = 'account:coordinator@example.fi'"
			)
		).toEqual([]);
		// With the count cleared, one more slip does not start a delay.
		expect((await attempt(demo.coordinator, 'one-more-slip')).status).toBe(401);
		expect((await attempt(demo.coordinator, demo.password)).status).toBe(200);
	});

	it('refuses a disabled user, also with the session they already had, and lets them in when enabled', async () => {
		const email = uniqueEmail('leaving');
		const created = await admin.post('/api/v1/admin/users', {
			name: 'Lähtevä Työntekijä',
			email,
			role: 'worker',
			countyId: 'kanta-hame'
		});
		expect(created.status).toBe(201);
		const { temporaryPassword } = created.body;
		const user = await signIn(app, email, temporaryPassword);
		expect((await user.get('/api/v1/me')).status).toBe(200);

		const id = created.body.user.id;
		expect((await admin.patch(`/api/v1/admin/users/${id}`, { disabled: true })).status).toBe(200);
		expect((await user.get('/api/v1/me')).status).toBe(401);
		const disabled = await attempt(email, temporaryPassword);
		expect(disabled.status).toBe(403);
		expect(disabled.body).toMatchObject({ code: 'account_disabled', message: expect.any(String) });
		expect(disabled.setCookies).toEqual([]);
		// Only someone with the right password learns that the account is disabled.
		expect((await attempt(email, 'not-the-password')).body.code).toBe('invalid_credentials');

		expect((await admin.patch(`/api/v1/admin/users/${id}`, { disabled: false })).status).toBe(200);
		expect((await attempt(email, temporaryPassword)).status).toBe(200);
	});

	// Last: it leaves this server's only address throttled.
	it('delays one address that tries many accounts, for every account', async () => {
		const answers: number[] = [];
		for (let i = 0; i < ADDRESS_FREE_ATTEMPTS + 5; i++) {
			const answer = await attempt(uniqueEmail(`spray${i}`), 'guess-123456');
			answers.push(answer.status);
			if (answer.status !== 401) break;
		}
		expect(answers.at(-1)).toBe(429);
		expect(answers.slice(0, -1).every((status) => status === 401)).toBe(true);
		const addresses = await app.select<{ failures: number }>(
			"SELECT failures FROM login_throttle WHERE key LIKE 'address:%'"
		);
		expect(addresses.map((row) => row.failures)).toEqual([ADDRESS_FREE_ATTEMPTS]);

		// A different account with its right password waits too: the address is what is delayed.
		const worker = await attempt(demo.worker, demo.password);
		expect(worker.status).toBe(429);
		expect(worker.body.code).toBe('throttled');
		expect(Number(worker.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
	});
});

describe.each(testDatabaseKinds())('parallel sign-in tries on %s', (kind) => {
	let app: TestApp;

	beforeAll(async () => {
		app = await startApp(kind);
	});

	afterAll(async () => {
		await app?.stop();
	});

	const attempt = (email: string, password: string) =>
		anonymous(app).post('/api/v1/session', { email, password });

	const addressFailures = async () => {
		const rows = await app.select<{ failures: number }>(
			"SELECT failures FROM login_throttle WHERE key LIKE 'address:%'"
		);
		return rows[0]?.failures ?? 0;
	};

	it('counts right passwords against nobody: the address keeps only its failures', async () => {
		for (let i = 0; i < 3; i++) {
			expect((await attempt(demo.worker, demo.password)).status).toBe(200);
		}
		expect(await addressFailures()).toBe(0);
		expect((await attempt(demo.worker, 'one-slip')).status).toBe(401);
		expect((await attempt(demo.worker, demo.password)).status).toBe(200);
		expect(await addressFailures()).toBe(1);
	});

	/**
	 * 30 tries at once, timed. A correct throttle checks the free tries, and then one more
	 * only after each wait (2 s, then 4 s, …) has passed: on a quick machine none, on one so
	 * busy that 30 answers take seconds perhaps one or two — never all of them.
	 */
	const swarm = async (email: (i: number) => string) => {
		const started = Date.now();
		const answers = await Promise.all(
			Array.from({ length: 30 }, (_, i) => attempt(email(i), `parallel-guess-${i}`))
		);
		const elapsed = Date.now() - started;
		let afterWaits = 0;
		for (let waited = BASE_DELAY_MS; waited <= elapsed; waited += BASE_DELAY_MS * 2 ** afterWaits) {
			afterWaits++;
		}
		const checked = answers.filter((answer) => answer.status === 401 || answer.status === 200);
		const refused = answers.filter((answer) => answer.status === 429);
		expect(checked.length + refused.length).toBe(30);
		for (const answer of refused) {
			expect(answer.body.code).toBe('throttled');
			expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
		}
		return { checked: checked.length, afterWaits };
	};

	it('checks at most the free tries of 30 at once for one account, and refuses the rest with Retry-After', async () => {
		const { checked, afterWaits } = await swarm(() => demo.coordinator);
		expect(checked).toBeGreaterThanOrEqual(1);
		expect(checked).toBeLessThanOrEqual(FREE_ATTEMPTS + afterWaits);
		const [row] = await app.select<{ failures: number }>(
			"SELECT failures FROM login_throttle WHERE key = 'account:coordinator@example.fi'"
		);
		expect(row?.failures).toBe(checked);
	});

	// Last: it leaves this server's only address throttled.
	it('checks at most the address’s free tries of 30 at once for many accounts', async () => {
		const before = await addressFailures();
		const { checked, afterWaits } = await swarm((i) => uniqueEmail(`swarm${i}`));
		expect(checked).toBeLessThanOrEqual(ADDRESS_FREE_ATTEMPTS - before + afterWaits);
		expect(await addressFailures()).toBe(before + checked);
	});
});
