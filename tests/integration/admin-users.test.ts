import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	anonymous,
	demo,
	newClientId,
	signIn,
	uniqueEmail,
	type ApiClient
} from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';

interface Created {
	id: string;
	email: string;
	temporaryPassword: string;
}

describe.each(testDatabaseKinds())('user administration on %s', (kind) => {
	let app: TestApp;
	let admin: ApiClient;
	let adminId: string;

	beforeAll(async () => {
		app = await startApp(kind);
		admin = await signIn(app, demo.admin);
		adminId = (await admin.get('/api/v1/me')).body.user.id;
	});

	afterAll(async () => {
		await app?.stop();
	});

	async function createUser(role = 'worker', countyId = 'pirkanmaa'): Promise<Created> {
		const email = uniqueEmail(role);
		const answer = await admin.post('/api/v1/admin/users', {
			name: 'Uusi Ihminen',
			email,
			role,
			countyId
		});
		expect(answer.status).toBe(201);
		return { id: answer.body.user.id, email, temporaryPassword: answer.body.temporaryPassword };
	}

	const listed = async (id: string) =>
		(await admin.get('/api/v1/admin/users')).body.users.find(
			(user: { id: string }) => user.id === id
		);

	it('creates a user with a temporary password that must be changed at first sign-in', async () => {
		const email = uniqueEmail('Fresh');
		const answer = await admin.post('/api/v1/admin/users', {
			name: '  Uusi Työntekijä ',
			email,
			role: 'coordinator',
			countyId: 'kanta-hame'
		});
		expect(answer.status).toBe(201);
		expect(answer.body.temporaryPassword).toMatch(/^[\w-]{12,}$/);
		expect(answer.body.user).toMatchObject({
			name: 'Uusi Työntekijä',
			email: email.toLowerCase(),
			role: 'coordinator',
			countyId: 'kanta-hame',
			mustChangePassword: true,
			disabled: false
		});
		expect(await listed(answer.body.user.id)).toMatchObject({ email: email.toLowerCase() });

		const user = await signIn(app, email.toLowerCase(), answer.body.temporaryPassword);
		const me = await user.get('/api/v1/me');
		expect(me.body.user).toMatchObject({ role: 'coordinator', mustChangePassword: true });
	});

	it('lets a user with a temporary password do nothing but see themself and change it', async () => {
		const created = await createUser();
		const user = await signIn(app, created.email, created.temporaryPassword);
		const otherDevice = await signIn(app, created.email, created.temporaryPassword);

		const blocked = await user.post('/api/v1/devices', { clientId: newClientId() });
		expect(blocked.status).toBe(403);
		expect(blocked.body).toMatchObject({
			code: 'password_change_required',
			message: expect.any(String)
		});
		expect((await user.get('/api/v1/admin/users')).body.code).toBe('password_change_required');
		expect(await app.count('devices')).toBe(0);
		expect((await user.get('/api/v1/me')).status).toBe(200);
		expect((await user.get('/api/v1/session')).body.user.mustChangePassword).toBe(true);

		const wrong = await user.post('/api/v1/me/password', {
			currentPassword: 'not-the-temporary-one',
			newPassword: 'my-own-password-2026'
		});
		expect(wrong.status).toBe(400);
		expect(wrong.body).toMatchObject({ code: 'wrong_password', message: expect.any(String) });
		expect((await user.get('/api/v1/me')).body.user.mustChangePassword).toBe(true);

		const tooShort = await user.post('/api/v1/me/password', {
			currentPassword: created.temporaryPassword,
			newPassword: 'short'
		});
		expect(tooShort.status).toBe(400);
		expect(tooShort.body.details).toEqual([{ path: 'newPassword', message: expect.any(String) }]);

		const changed = await user.post('/api/v1/me/password', {
			currentPassword: created.temporaryPassword,
			newPassword: 'my-own-password-2026'
		});
		expect(changed.status).toBe(200);
		expect(changed.body).toEqual({ ok: true });
		const me = await user.get('/api/v1/me');
		expect(me.status).toBe(200);
		expect(me.body.user.mustChangePassword).toBe(false);
		expect((await user.post('/api/v1/devices', { clientId: newClientId() })).status).toBe(200);
		// The change ends every other session, and only the new password signs in.
		expect((await otherDevice.get('/api/v1/me')).status).toBe(401);
		const old = await anonymous(app).post('/api/v1/session', {
			email: created.email,
			password: created.temporaryPassword
		});
		expect(old.status).toBe(401);
		const fresh = await signIn(app, created.email, 'my-own-password-2026');
		expect((await fresh.get('/api/v1/me')).body.user.mustChangePassword).toBe(false);
	});

	it('refuses a second user with the same e-mail, whatever its case', async () => {
		const created = await createUser();
		const usersBefore = await app.count('auth_user');
		for (const email of [created.email, created.email.toUpperCase()]) {
			const again = await admin.post('/api/v1/admin/users', {
				name: 'Toinen Samanniminen',
				email,
				role: 'worker',
				countyId: 'pirkanmaa'
			});
			expect(again.status).toBe(409);
			expect(again.body).toMatchObject({ code: 'email_taken', message: expect.any(String) });
		}
		expect(await app.count('auth_user')).toBe(usersBefore);
	});

	it('refuses an unknown county or role with details naming the field', async () => {
		const usersBefore = await app.count('auth_user');
		const answer = await admin.post('/api/v1/admin/users', {
			name: 'Väärä Maakunta',
			email: uniqueEmail('bad'),
			role: 'superuser',
			countyId: 'atlantis'
		});
		expect(answer.status).toBe(400);
		expect(answer.body.code).toBe('invalid_input');
		const paths = answer.body.details.map((detail: { path: string }) => detail.path).sort();
		expect(paths).toEqual(['countyId', 'role']);

		const patch = await admin.patch(`/api/v1/admin/users/${adminId}`, { countyId: 'atlantis' });
		expect(patch.status).toBe(400);
		expect(patch.body.details).toEqual([{ path: 'countyId', message: expect.any(String) }]);
		expect(await app.count('auth_user')).toBe(usersBefore);
	});

	it('changes role, county and name, shown in the list and at once in the user’s own session', async () => {
		const created = await createUser('worker', 'pirkanmaa');
		const user = await signIn(app, created.email, created.temporaryPassword);

		const answer = await admin.patch(`/api/v1/admin/users/${created.id}`, {
			role: 'coordinator',
			countyId: 'etela-pohjanmaa',
			name: 'Ylennetty Koordinaattori'
		});
		expect(answer.status).toBe(200);
		expect(await listed(created.id)).toMatchObject({
			role: 'coordinator',
			countyId: 'etela-pohjanmaa',
			name: 'Ylennetty Koordinaattori'
		});
		expect((await user.get('/api/v1/me')).body.user).toMatchObject({
			role: 'coordinator',
			countyId: 'etela-pohjanmaa'
		});

		const unknown = await admin.patch('/api/v1/admin/users/no-such-user', { name: 'X' });
		expect(unknown.status).toBe(404);
		const empty = await admin.patch(`/api/v1/admin/users/${created.id}`, {});
		expect(empty.status).toBe(400);
	});

	it('does not let the admin disable or demote themself', async () => {
		for (const patch of [{ disabled: true }, { role: 'coordinator' }, { role: 'worker' }]) {
			const answer = await admin.patch(`/api/v1/admin/users/${adminId}`, patch);
			expect(answer.status).toBe(400);
			expect(answer.body.code).toBe('self_lockout');
		}
		expect(await listed(adminId)).toMatchObject({ role: 'admin', disabled: false });
		// Changes that lock nobody out are fine.
		const renamed = await admin.patch(`/api/v1/admin/users/${adminId}`, {
			role: 'admin',
			name: 'Aino Ylläpitäjä'
		});
		expect(renamed.status).toBe(200);
		expect((await admin.get('/api/v1/admin/users')).status).toBe(200);
	});

	it('resets a password: a new temporary one, the user’s sessions end, the old password stops working', async () => {
		const created = await createUser();
		const user = await signIn(app, created.email, created.temporaryPassword);
		await user.post('/api/v1/me/password', {
			currentPassword: created.temporaryPassword,
			newPassword: 'forgotten-password-1'
		});
		expect((await user.get('/api/v1/me')).body.user.mustChangePassword).toBe(false);

		const reset = await admin.post(`/api/v1/admin/users/${created.id}/password-reset`);
		expect(reset.status).toBe(200);
		const { temporaryPassword } = reset.body;
		expect(temporaryPassword).toMatch(/^[\w-]{12,}$/);
		expect(temporaryPassword).not.toBe(created.temporaryPassword);

		expect((await user.get('/api/v1/me')).status).toBe(401);
		const old = await anonymous(app).post('/api/v1/session', {
			email: created.email,
			password: 'forgotten-password-1'
		});
		expect(old.status).toBe(401);
		const again = await signIn(app, created.email, temporaryPassword);
		expect((await again.get('/api/v1/me')).body.user.mustChangePassword).toBe(true);

		const unknown = await admin.post('/api/v1/admin/users/no-such-user/password-reset');
		expect(unknown.status).toBe(404);
	});
});
