import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { audit } from '../audit';
import { createAuth, migrateAuth, type Auth } from '../auth/create-auth';
import { loadAuthSettings } from '../auth/settings';
import { connectDatabase, type DatabaseHandle } from '../db/connect';
import { reserveSeq } from '../db/counters';
import { migrateToLatest } from '../db/migrate';
import { getEntry, listEntries, putEntries } from '../directory/repository';
import { DEMO_PASSWORD } from './accounts';
import { DEMO_MANIFEST, DEMO_MARKER, findDemoAccounts, findDemoData, isEmpty } from './found';
import { loadDemoDataOnce } from './load';
import { removeDemoData } from './remove';
import { demoAccountsWarning, demoRemovalReport } from './report';

let handle: DatabaseHandle;
let auth: Auth;

beforeEach(async () => {
	handle = await connectDatabase({ kind: 'sqlite', file: ':memory:' });
	await migrateToLatest(handle.db);
	auth = createAuth(handle.db, 'sqlite', loadAuthSettings({}), 'x'.repeat(32));
	await migrateAuth(auth);
});

afterEach(async () => {
	await handle.db.destroy();
});

const signIn = (email: string, password: string) =>
	auth.api.signInEmail({ body: { email, password } }).then(
		() => true,
		() => false
	);

async function realAdmin(email = 'paivi.paakayttaja@hyvinvointialue.fi') {
	const { user } = await auth.api.createUser({
		body: {
			email,
			name: 'Päivi Pääkäyttäjä',
			password: 'real-password-123',
			role: 'admin',
			data: { countyId: 'pirkanmaa' }
		}
	});
	return user.id;
}

const liveRecords = async (ownerId: string) =>
	(
		await handle.db
			.selectFrom('records')
			.select('id')
			.where('owner_id', '=', ownerId)
			.where('deleted', '=', 0)
			.execute()
	).length;

// Each test makes accounts (scrypt) and a whole demo data set: seconds, not milliseconds.
describe('recognising the demo data', { timeout: 30_000 }, () => {
	it('finds the accounts, directory and records the loader wrote, from its manifest', async () => {
		expect(isEmpty(await findDemoData(handle.db, auth))).toBe(true);
		expect(await loadDemoDataOnce(handle.db, auth)).toBe(true);
		const found = await findDemoData(handle.db, auth);
		expect(found.accounts.map((account) => account.email)).toEqual([
			'admin@example.fi',
			'coordinator@example.fi',
			'worker@example.fi',
			'lawyer@example.fi',
			'psychiatrist@example.fi',
			'mobilepair@example.fi'
		]);
		const entries = await handle.db.selectFrom('directory_entries').select('id').execute();
		expect(found.directory).toHaveLength(entries.length);
		expect(found.records).toEqual({
			contacts: 88,
			consultations: 9,
			consultation_events: expect.any(Number)
		});
		expect(found.retentionKinds).toEqual(['contacts']);
		expect(found.changedByOthers).toEqual([]);
	});

	it('recognises a database loaded before the manifest existed by the marker and the times', async () => {
		await loadDemoDataOnce(handle.db, auth);
		const withManifest = await findDemoData(handle.db, auth);
		await handle.db.deleteFrom('app_meta').where('key', '=', DEMO_MANIFEST).execute();
		const legacy = await findDemoData(handle.db, auth);
		expect(legacy.accounts).toEqual(withManifest.accounts);
		expect(new Set(legacy.directory.map((entry) => entry.id))).toEqual(
			new Set(withManifest.directory.map((entry) => entry.id))
		);
		expect(legacy.records).toEqual(withManifest.records);
	});

	it("leaves someone's own account with a demo address alone, unless it has the demo password", async () => {
		await realAdmin('admin@example.fi');
		expect(await findDemoAccounts(handle.db, auth)).toEqual([]);
		await auth.api.createUser({
			body: {
				email: 'worker@example.fi',
				name: 'Someone',
				password: DEMO_PASSWORD,
				role: 'worker',
				data: { countyId: 'pirkanmaa' }
			}
		});
		expect((await findDemoAccounts(handle.db, auth)).map((account) => account.email)).toEqual([
			'worker@example.fi'
		]);
	});
});

describe('removing the demo data', { timeout: 30_000 }, () => {
	it('removes the demo accounts, directory and records, and keeps what real people made', async () => {
		await loadDemoDataOnce(handle.db, auth);
		const demo = await findDemoAccounts(handle.db, auth);
		const [demoAdmin, coordinator] = demo.map((account) => account.id);
		expect(await signIn('admin@example.fi', DEMO_PASSWORD)).toBe(true);
		await handle.db
			.insertInto('devices')
			.values({
				client_id: '0190d5a4-0000-7000-8000-00000000000a',
				user_id: demoAdmin!,
				label: null,
				created_at: new Date().toISOString(),
				last_seen_at: new Date().toISOString(),
				last_sync_at: null,
				revoked_at: null,
				revoked_by: null,
				session_id: null
			})
			.execute();

		// A real admin's own entry, and a demo service the real admin has made real since.
		const realId = await realAdmin();
		const [service, other] = await listEntries(handle.db, 'services');
		const [ownEntry] = await putEntries(handle.db, 'organisations', [
			{
				id: '0190d5a4-0000-7000-8000-0000000000b1',
				name: 'Oikea yhdistys ry',
				type: 'ngo',
				lastVerified: '2026-01-05'
			}
		]);
		await putEntries(handle.db, 'services', [
			{ ...service!, summary: { fi: 'Oikea', sv: '', en: '' } }
		]);
		await audit(handle.db, {
			actorId: realId,
			action: 'directory.update',
			recordTable: 'directory_entries',
			recordId: service!.id
		});
		// A demo entry only the demo admin changed is still the demo's.
		await putEntries(handle.db, 'services', [{ ...other!, openingHours: 'ma–pe' }]);
		await audit(handle.db, {
			actorId: demoAdmin!,
			action: 'directory.update',
			recordTable: 'directory_entries',
			recordId: other!.id
		});
		await handle.db
			.insertInto('records')
			.values({
				id: '0190d5a4-0000-7000-8000-0000000000c1',
				kind: 'contacts',
				owner_id: realId,
				county_id: 'pirkanmaa',
				version: 1,
				seq: await reserveSeq(handle.db),
				updated_at: new Date().toISOString(),
				data: '{}',
				stamps: '{}'
			})
			.execute();
		const realRecords = await liveRecords(realId);
		expect(realRecords).toBe(1);

		const found = await findDemoData(handle.db, auth);
		expect(found.changedByOthers.map((entry) => entry.id)).toEqual([service!.id]);
		await removeDemoData(handle.db, found);

		expect(await signIn('admin@example.fi', DEMO_PASSWORD)).toBe(false);
		expect(await findDemoAccounts(handle.db, auth)).toEqual([]);
		for (const table of ['auth_session', 'auth_account'] as const) {
			const rows = await handle.db
				.withTables<{ [K in typeof table]: { userId: string } }>()
				.selectFrom(table)
				.select('userId')
				.where(
					'userId',
					'in',
					demo.map((account) => account.id)
				)
				.execute();
			expect(rows).toEqual([]);
		}
		expect(await handle.db.selectFrom('devices').selectAll().execute()).toEqual([]);
		expect(await liveRecords(coordinator!)).toBe(0);
		expect(await liveRecords(realId)).toBe(realRecords);
		expect(await getEntry(handle.db, other!.id)).toBeUndefined();
		expect(await getEntry(handle.db, service!.id)).toBeDefined();
		expect(await getEntry(handle.db, ownEntry!.id)).toBeDefined();
		const live = await handle.db
			.selectFrom('directory_entries')
			.select('id')
			.where('deleted', '=', 0)
			.execute();
		expect(live.map((row) => row.id).sort()).toEqual([ownEntry!.id, service!.id].sort());
		expect(await handle.db.selectFrom('retention_settings').selectAll().execute()).toEqual([]);
		expect(
			await handle.db
				.selectFrom('app_meta')
				.select('key')
				.where('key', 'in', [DEMO_MARKER, DEMO_MANIFEST])
				.execute()
		).toEqual([]);
		expect(isEmpty(await findDemoData(handle.db, auth))).toBe(true);
		// The real admin still signs in.
		expect(await signIn('paivi.paakayttaja@hyvinvointialue.fi', 'real-password-123')).toBe(true);

		// Tombstones reach devices as deletes, and a later DEMO_DATA=true loads afresh.
		const tombstones = await handle.db
			.selectFrom('records')
			.select(['data', 'version'])
			.where('owner_id', '=', coordinator!)
			.execute();
		expect(tombstones.every((row) => row.data === null && row.version === 2)).toBe(true);
		expect(await loadDemoDataOnce(handle.db, auth)).toBe(true);
		expect(await signIn('admin@example.fi', DEMO_PASSWORD)).toBe(true);
	});

	it('reports what it removed and kept, and warns while demo accounts exist', async () => {
		await loadDemoDataOnce(handle.db, auth);
		const accounts = await findDemoAccounts(handle.db, auth);
		const warning = demoAccountsWarning(accounts);
		expect(warning.split('\n').length).toBeGreaterThan(5);
		expect(warning).toContain('admin@example.fi');
		expect(warning).toContain(DEMO_PASSWORD);
		expect(warning).toMatch(/password is PUBLIC/);
		expect(warning).toContain('DEMO_DATA=false');
		const report = demoRemovalReport(await findDemoData(handle.db, auth));
		expect(report).toMatch(
			/accounts: admin@example\.fi, coordinator@example\.fi, worker@example\.fi/
		);
		expect(report).toMatch(/88 contacts/);
	});
});
