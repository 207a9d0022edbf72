import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevicesAnswer } from '$lib/domain/api/admin';
import {
	anonymous,
	demo,
	newClientId,
	signIn,
	uniqueEmail,
	type AnyJson,
	type ApiClient
} from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';

interface AuditEntry {
	at: string;
	actorId: string | null;
	action: string;
	outcome: string;
	clientId: string | null;
	recordTable: string | null;
	recordId: string | null;
	fields: string[];
	address: string | null;
}

describe.each(testDatabaseKinds())('devices and the audit log on %s', (kind) => {
	let app: TestApp;
	let admin: ApiClient;
	let worker: ApiClient;
	let workerId: string;
	let adminId: string;
	const clientId = newClientId();
	const wrongPassword = 'a-wrong-password-for-audit';
	let created: { id: string; email: string; name: string; temporaryPassword: string };

	beforeAll(async () => {
		app = await startApp(kind);
		admin = await signIn(app, demo.admin);
		worker = await signIn(app, demo.worker);
		adminId = (await admin.get('/api/v1/me')).body.user.id;
		workerId = (await worker.get('/api/v1/me')).body.user.id;
	});

	afterAll(async () => {
		await app?.stop();
	});

	const audit = async (query = '') => {
		const answer = await admin.get<{ entries: AuditEntry[] }>(`/api/v1/admin/audit${query}`);
		expect(answer.status).toBe(200);
		return answer.body.entries;
	};

	it('registers a worker’s device, which the admin sees with its user and last contact', async () => {
		const registered = await worker.post('/api/v1/devices', { clientId, label: 'Villen puhelin' });
		expect(registered.status).toBe(200);
		expect(registered.body).toEqual({ ok: true });
		worker.headers['x-lahelle-client'] = clientId;
		expect((await worker.get('/api/v1/me')).status).toBe(200);

		const listed = await admin.get('/api/v1/admin/devices');
		expect(listed.status).toBe(200);
		const { devices } = DevicesAnswer.parse(listed.body);
		const device = devices.find((entry) => entry.clientId === clientId);
		expect(device).toMatchObject({
			userId: workerId,
			userName: 'Ville Kenttä',
			label: 'Villen puhelin',
			revokedAt: null
		});
		const seen = Date.parse(device!.lastSeenAt);
		expect(Math.abs(Date.now() - seen)).toBeLessThan(60_000);
	});

	it('refuses a revoked device, orders it to wipe and ends the session it signed in with', async () => {
		const revoked = await admin.post(`/api/v1/admin/devices/${clientId}/revoke`);
		expect(revoked.status).toBe(200);
		expect(revoked.body).toEqual({ ok: true });
		const device = (await admin.get('/api/v1/admin/devices')).body.devices.find(
			(entry: AnyJson) => entry.clientId === clientId
		);
		expect(device.revokedAt).toEqual(expect.any(String));

		for (const answer of [
			await worker.get('/api/v1/me'),
			await worker.post('/api/v1/devices', { clientId: newClientId() }),
			// Signing in again from that device does not help either.
			await anonymous(app).post(
				'/api/v1/session',
				{ email: demo.worker, password: demo.password },
				{ headers: { 'x-lahelle-client': clientId } }
			)
		]) {
			expect(answer.status).toBe(403);
			expect(answer.body).toEqual({
				code: 'device_revoked',
				message: expect.any(String),
				details: { wipe: true }
			});
		}
		// The session the device signed in with has ended too: its cookie alone opens nothing.
		delete worker.headers['x-lahelle-client'];
		expect((await worker.get('/api/v1/me')).status).toBe(401);
	});

	it('answers 404 when revoking a device twice or one that was never registered', async () => {
		const again = await admin.post(`/api/v1/admin/devices/${clientId}/revoke`);
		expect(again.status).toBe(404);
		expect(again.body.code).toBe('not_found');
		const unknown = await admin.post(`/api/v1/admin/devices/${newClientId()}/revoke`);
		expect(unknown.status).toBe(404);
	});

	it('audits sign-ins, user creation and devices, by actor and by record', async () => {
		expect(
			(
				await anonymous(app).post('/api/v1/session', {
					email: demo.coordinator,
					password: wrongPassword
				})
			).status
		).toBe(401);
		const email = uniqueEmail('audited');
		const answer = await admin.post('/api/v1/admin/users', {
			name: 'Auditoitu Henkilö',
			email,
			role: 'worker',
			countyId: 'kanta-hame'
		});
		expect(answer.status).toBe(201);
		created = {
			id: answer.body.user.id,
			email,
			name: 'Auditoitu Henkilö',
			temporaryPassword: answer.body.temporaryPassword
		};

		const byWorker = await audit(`?userId=${workerId}`);
		expect(byWorker.every((entry) => entry.actorId === workerId)).toBe(true);
		expect(byWorker).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ action: 'sign-in', outcome: 'ok', address: expect.any(String) }),
				expect.objectContaining({ action: 'device.register', outcome: 'ok', clientId }),
				expect.objectContaining({ action: 'device.refused', outcome: 'denied', clientId })
			])
		);

		const byAdmin = await audit(`?userId=${adminId}`);
		expect(byAdmin).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ action: 'sign-in', outcome: 'ok' }),
				expect.objectContaining({
					action: 'user.create',
					recordTable: 'auth_user',
					recordId: created.id,
					fields: ['name', 'email', 'role', 'countyId']
				}),
				expect.objectContaining({ action: 'device.revoke', clientId })
			])
		);
		expect(await audit(`?recordId=${created.id}`)).toEqual([
			expect.objectContaining({ action: 'user.create', actorId: adminId })
		]);

		// A failed sign-in is filed under the account it tried, when that account exists.
		expect(
			(
				await anonymous(app).post('/api/v1/session', {
					email: uniqueEmail('nobody'),
					password: wrongPassword
				})
			).status
		).toBe(401);
		const all = await audit();
		const failed = all.filter((entry) => entry.action === 'sign-in' && entry.outcome === 'failed');
		expect(failed).toContainEqual(expect.objectContaining({ actorId: null }));
		expect(failed).toContainEqual(expect.objectContaining({ actorId: expect.any(String) }));
		const times = all.map((entry) => entry.at);
		expect(times).toEqual([...times].sort().reverse());
		expect(await audit('?limit=2')).toHaveLength(2);
		expect((await admin.get('/api/v1/admin/audit?limit=0')).status).toBe(400);
	});

	it('keeps no password, temporary password or field value anywhere in the audit log', async () => {
		const rows = await app.select('SELECT * FROM audit_log');
		expect(rows.length).toBeGreaterThanOrEqual(8);
		const everything = JSON.stringify(rows);
		for (const secret of [
			demo.password,
			wrongPassword,
			created.temporaryPassword,
			created.email,
			created.name
		]) {
			expect(everything).not.toContain(secret);
		}
		// And no password is kept in plain text anywhere else sign-in writes.
		for (const table of ['auth_user', 'auth_account', 'auth_session', 'login_throttle']) {
			const stored = JSON.stringify(await app.select(`SELECT * FROM ${table}`));
			expect(stored, table).not.toContain(demo.password);
			expect(stored, table).not.toContain(created.temporaryPassword);
		}
	});

	it('exports the log as CSV for Finnish Excel, and audits the export', async () => {
		const answer = await admin.get('/api/v1/admin/audit?format=csv');
		expect(answer.status).toBe(200);
		expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.csv"$/);
		expect([...answer.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

		const lines = answer.text.split('\r\n');
		expect(lines.at(-1)).toBe('');
		expect(lines[0]).toBe('at;actor;action;outcome;client;table;record;fields;address');
		const rows = lines.slice(1, -1).map((line) => line.split(';'));
		expect(rows).toHaveLength((await audit()).length - 1);
		expect(rows.every((row) => row.length === 9)).toBe(true);
		expect(rows).toContainEqual([
			expect.any(String),
			adminId,
			'user.create',
			'ok',
			'',
			'auth_user',
			created.id,
			'name,email,role,countyId',
			''
		]);

		expect((await audit(`?userId=${adminId}`))[0]).toMatchObject({ action: 'audit.export' });
	});
});
