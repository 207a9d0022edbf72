import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { demo, signIn } from '../support/api-client';
import { AppDevice } from '../support/app-device';
import { startApp, type TestApp } from '../support/app';
import { submittedRequest } from '../support/consultations.js';
import { testDatabaseKinds } from '../support/databases';
import { contactFields, noteEvent } from '../support/record-factories';
import { opsScript } from '../support/ops-scripts';
import { freePort, startServer } from '../support/server.js';

const run = promisify(execFile);

/**
 * Issue 15: a backup is restored after devices had changes acknowledged; at their next sync
 * the devices re-send what the server lost — nothing twice, and a conflict where someone
 * changed the same field since the restore. SQLite goes through `npm run backup` (while the
 * server runs) and `npm run restore`; PostgreSQL through pg_dump -Fc and pg_restore, then
 * `npm run restore -- --new-epoch`.
 */
describe.each(testDatabaseKinds())('restoring a backup on %s', (kind) => {
	let app: TestApp;
	let dataDir: string;
	let port: string;
	let phone: AppDevice;
	let desk: AppDevice;
	const backupDir = mkdtempSync(path.join(tmpdir(), 'lahelle-backup-'));
	const backupFile = path.join(backupDir, 'backup.dump');
	const [c1, c2, caseId, noteId] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
	let epochBefore: unknown;

	const record = async (id: string) => {
		const [row] = await app.select<{ data: string | null; deleted: number }>(
			`SELECT data, deleted FROM records WHERE id = '${id}'`
		);
		return row?.data ? (JSON.parse(row.data) as Record<string, unknown>) : undefined;
	};

	beforeAll(async () => {
		dataDir = mkdtempSync(path.join(tmpdir(), 'lahelle-restore-'));
		port = String(await freePort());
		app = await startApp(kind, { DATA_DIR: dataDir, PORT: port });
		const [worker, coordinator] = await Promise.all([
			signIn(app, demo.worker),
			signIn(app, demo.coordinator)
		]);
		[phone, desk] = await Promise.all([
			AppDevice.register(worker),
			AppDevice.register(coordinator)
		]);

		// Before the backup: the worker's contact and request, on both devices.
		await phone.change('contacts', 'insert', c1, contactFields({ note: 'Ennen varmuuskopiota' }));
		await phone.change('consultations', 'insert', caseId, submittedRequest({ background: '' }));
		await phone.sync();
		await desk.sync();
		epochBefore = (await phone.db.meta.get('serverEpoch'))?.value;

		if (kind === 'sqlite') {
			const backup = await opsScript('backup', [backupFile], { DATA_DIR: dataDir });
			expect(backup.output).toContain('Backed up');
		} else {
			await run('pg_dump', ['-Fc', '-f', backupFile, app.env.DATABASE_URL!]);
		}

		// After it: changes the server acknowledges, which the restore will lose.
		await phone.change('contacts', 'insert', c2, contactFields({ note: 'Varmuuskopion jälkeen' }));
		await phone.change('contacts', 'update', c1, { note: 'Muutettu jälkeen' });
		await phone.change('consultations', 'update', caseId, { background: 'Puhelimen tausta' });
		await phone.sync();
		await desk.sync();
		await desk.change('consultations', 'update', caseId, { plan: 'Ryhmän tapaaminen' });
		await desk.change('consultation_events', 'insert', noteId, noteEvent(caseId, true, 'Soitettu'));
		await desk.sync();
		await phone.sync();
		expect(await phone.unsent()).toBe(0);
		expect(await desk.unsent()).toBe(0);
		expect(await record(c2)).toBeDefined();
	}, 120_000);

	afterAll(async () => {
		await phone?.close();
		await desk?.close();
		await app?.stop();
		rmSync(dataDir, { recursive: true, force: true });
		rmSync(backupDir, { recursive: true, force: true });
	});

	it('refuses to restore SQLite under a running server, and restores once it is stopped', async () => {
		if (kind === 'sqlite') {
			const refused = await opsScript('restore', [backupFile], { DATA_DIR: dataDir });
			expect(refused).toMatchObject({ code: 3 });
			expect(refused.output).toContain('a Lähelle server is running');
			expect(await record(c2)).toBeDefined();
		}
		await app.server.stop();
		if (kind === 'sqlite') {
			const restored = await opsScript('restore', [backupFile], { DATA_DIR: dataDir });
			expect(restored.output).toContain('new sync epoch');
			expect(restored.code).toBe(0);
		} else {
			const url = app.env.DATABASE_URL!;
			await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '-d', url, backupFile]);
			const epoch = await opsScript('restore', ['--new-epoch'], { DATABASE_URL: url });
			expect(epoch.output).toContain('New sync epoch');
		}
		app.server = await startServer({ ...app.env, DATA_DIR: dataDir, PORT: port });
		// The server has gone back to the backup.
		expect(await record(c2)).toBeUndefined();
		expect((await record(c1))?.note).toBe('Ennen varmuuskopiota');
	}, 60_000);

	it('gets back every acknowledged change from the devices, once, with a conflict for a field changed since', async () => {
		// The coordinator's device comes back first and re-sends the plan and the note; then the
		// coordinator writes a new background, which the worker had also changed before the restore.
		await desk.sync();
		expect(await desk.unsent()).toBe(0);
		expect((await record(caseId))?.plan).toBe('Ryhmän tapaaminen');
		await desk.change('consultations', 'update', caseId, { background: 'Koordinaattorin tausta' });
		await desk.sync();

		await phone.sync();
		await phone.sync();
		expect(await phone.unsent()).toBe(0);
		expect((await phone.db.meta.get('serverEpoch'))?.value).not.toBe(epochBefore);

		expect((await record(c1))?.note).toBe('Muutettu jälkeen');
		expect((await record(c2))?.note).toBe('Varmuuskopion jälkeen');
		const kase = await record(caseId);
		expect(kase).toMatchObject({ plan: 'Ryhmän tapaaminen', background: 'Koordinaattorin tausta' });
		expect(await record(noteId)).toMatchObject({ text: 'Soitettu', consultationId: caseId });

		// Nothing twice: one row per record, one note on the timeline, no change refused.
		const notes = await app.select<{ id: string }>(
			`SELECT id FROM records WHERE kind = 'consultation_events' AND case_id = '${caseId}'`
		);
		expect(notes.map((row) => row.id)).toEqual([noteId]);
		expect(await app.count('sync_quarantine')).toBe(0);

		const conflicts = await app.select<{ field: string; client_value: string; client_id: string }>(
			`SELECT field, client_value, client_id FROM sync_conflicts WHERE record_id = '${caseId}'`
		);
		expect(conflicts).toEqual([
			{ field: 'background', client_value: '"Puhelimen tausta"', client_id: phone.clientId }
		]);
		const issues = await phone.db.syncIssues.toArray();
		expect(issues).toEqual([
			expect.objectContaining({ recordId: caseId, status: 'conflict', fields: ['background'] })
		]);
		// The phone holds what the server now has, the case flagged for a person to settle.
		const held = await phone.db.consultations.get(caseId);
		expect(held).toMatchObject({ flagged: true });
		// …and its contacts at the server's new versions (0 would mean never pulled back).
		for (const id of [c1, c2]) {
			expect((await phone.db.contacts.get(id))?.version).toBeGreaterThan(0);
		}

		// Both devices' mutation numbering restarted in the new epoch.
		const clients = await app.select<{ client_id: string; epoch: string }>(
			`SELECT client_id, epoch FROM sync_clients`
		);
		const newEpoch = (await phone.db.meta.get('serverEpoch'))?.value;
		for (const id of [phone.clientId, desk.clientId]) {
			expect(clients.find((row) => row.client_id === id)?.epoch).toBe(newEpoch);
		}

		// Another round changes nothing more.
		const before = await app.count('records');
		await phone.sync();
		await desk.sync();
		expect(await app.count('records')).toBe(before);
		expect(await app.count('sync_conflicts')).toBe(1);
	}, 60_000);
});
