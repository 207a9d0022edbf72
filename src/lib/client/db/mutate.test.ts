import 'fake-indexeddb/auto';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDataKey } from '../crypto/wrap';
import { applyLocalChange, undoLocalInsert } from './mutate';
import { RecDb } from './rec-db';

describe('local changes and their outbox', () => {
	let db: RecDb;
	afterEach(async () => {
		await db.delete();
	});

	const contact = { channel: 'phone', note: 'Salainen muistiinpano', themes: [] };

	it('writes the record and its outbox entry together, the note encrypted in both', async () => {
		db = new RecDb(`test-${uuidv7()}`);
		const key = await generateDataKey();
		const id = uuidv7();
		const mid = await applyLocalChange(db, key, {
			table: 'contacts',
			op: 'insert',
			id,
			baseVersion: null,
			fields: contact
		});
		expect(mid).toBe(1);
		const [row, entry] = [await db.contacts.get(id), await db.outbox.get(1)];
		expect(row?.channel).toBe('phone');
		expect(JSON.stringify([row, entry])).not.toContain('Salainen');
		expect(entry).toMatchObject({ op: 'insert', table: 'contacts', id });
	});

	it('undoes an unsent insert without a trace, and queues a delete for a sent one', async () => {
		db = new RecDb(`test-${uuidv7()}`);
		const key = await generateDataKey();
		const unsent = uuidv7();
		await applyLocalChange(db, key, {
			table: 'contacts',
			op: 'insert',
			id: unsent,
			baseVersion: null,
			fields: contact
		});
		await undoLocalInsert(db, 'contacts', unsent);
		expect(await db.contacts.count()).toBe(0);
		expect(await db.outbox.count()).toBe(0);

		const sent = uuidv7();
		await applyLocalChange(db, key, {
			table: 'contacts',
			op: 'insert',
			id: sent,
			baseVersion: null,
			fields: contact
		});
		await db.outbox.clear(); // as if the server had acknowledged it
		await undoLocalInsert(db, 'contacts', sent);
		expect(await db.contacts.count()).toBe(0);
		const queued = await db.outbox.toArray();
		expect(queued).toMatchObject([{ op: 'delete', table: 'contacts', id: sent, fields: {} }]);
		expect(queued[0]!.mid).toBeGreaterThan(2);
	});
});
