import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	OLDEST_CLIENT_SCHEMA_VERSION,
	SCHEMA_VERSION,
	SCHEMA_VERSION_HEADER
} from '$lib/domain/api/schema-version';
import { PushResponse, RecordsPage } from '$lib/domain/api/sync';
import { demo, newClientId, signIn, type ApiClient } from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';
import { contactFields } from '../support/record-factories';

/**
 * The upgrade path (domain/api/schema-version.ts): an app older than the server still serves
 * is told to reload (426), one newer than the server keeps its changes (409); neither has
 * anything applied, so the same changes go through once the versions fit.
 */
describe.each(testDatabaseKinds())('schema versions on %s', (kind) => {
	let app: TestApp;
	let worker: ApiClient;
	const clientId = newClientId();
	const contactId = uuidv7();
	const change = {
		mid: 1,
		op: 'insert',
		table: 'contacts',
		id: contactId,
		baseVersion: null,
		fields: contactFields(),
		clientTs: new Date().toISOString()
	};
	const push = (schemaVersion: number, header = schemaVersion) =>
		worker.post(
			'/api/v1/sync/push',
			{ clientId, schemaVersion, mutations: [change] },
			{ headers: { [SCHEMA_VERSION_HEADER]: String(header) } }
		);
	const pull = (version: number | string) =>
		worker.get('/api/v1/sync/pull?scope=records', {
			headers: { [SCHEMA_VERSION_HEADER]: String(version) }
		});
	const pulledIds = async () =>
		RecordsPage.parse((await pull(SCHEMA_VERSION)).body).changes.map((entry) => entry.id);

	beforeAll(async () => {
		app = await startApp(kind);
		worker = await signIn(app, demo.worker);
		worker.headers['x-lahelle-client'] = clientId;
		expect((await worker.post('/api/v1/devices', { clientId })).status).toBe(200);
	});
	afterAll(() => app?.stop());

	it('tells an app older than the server serves to reload, and takes nothing from it', async () => {
		const old = OLDEST_CLIENT_SCHEMA_VERSION - 1;
		for (const answer of [
			await push(old),
			await push(SCHEMA_VERSION, old),
			await push(old, SCHEMA_VERSION)
		]) {
			expect(answer.status).toBe(426);
			expect(answer.body.code).toBe('client_outdated');
		}
		const pulled = await pull(old);
		expect([pulled.status, pulled.body.code]).toEqual([426, 'client_outdated']);
		expect(await pulledIds()).not.toContain(contactId);
	});

	it('refuses the changes of an app newer than the server, which keeps them', async () => {
		const newer = SCHEMA_VERSION + 1;
		// The header decides first: a newer app's body need not even parse here.
		const unknownShape = await worker.post(
			'/api/v1/sync/push',
			{ clientId, schemaVersion: newer, mutations: [change], somethingNew: true },
			{ headers: { [SCHEMA_VERSION_HEADER]: String(newer) } }
		);
		for (const answer of [unknownShape, await push(newer), await push(newer, SCHEMA_VERSION)]) {
			expect(answer.status).toBe(409);
			expect(answer.body.code).toBe('server_outdated');
		}
		const pulled = await pull(newer);
		expect([pulled.status, pulled.body.code]).toEqual([409, 'server_outdated']);
		expect(await pulledIds()).not.toContain(contactId);
	});

	it('refuses a header that is not a version, and serves scripts that name none', async () => {
		for (const bad of ['seven', '-1', '7.5', '']) {
			const answer = await pull(bad);
			expect([answer.status, answer.body.code], bad).toEqual([400, 'invalid_input']);
		}
		expect((await worker.get('/api/v1/sync/pull?scope=records')).status).toBe(200);
	});

	it('applies the same change, kept by the app, once the versions fit', async () => {
		for (const version of [OLDEST_CLIENT_SCHEMA_VERSION, SCHEMA_VERSION]) {
			const answer = await push(version);
			expect(answer.status).toBe(200);
			const { lastMutationId, results } = PushResponse.parse(answer.body);
			expect(lastMutationId).toBe(1);
			// The first push applies it (mid 1 was never taken before); the second is its duplicate.
			expect(results[0]!.status).toBe(version === SCHEMA_VERSION ? 'duplicate' : 'applied');
		}
		expect(await pulledIds()).toContain(contactId);
	});
});
