import 'fake-indexeddb/auto';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDataKey } from '../crypto/wrap';
import { applyLocalChange, applyLocalChanges, undoLocalInsert } from './mutate';
import { RecDb } from './rec-db';

describe('local changes and their outbox', () => {
	let db: RecDb;
	afterEach(async () => {
		await db.delete();
	});

	const contact = {
		channel: 'phone',
		sourceType: 'school',
		themes: [],
		note: 'Salainen muistiinpano',
		followUp: false,
		occurredAt: '2026-03-10T08:00:00.000Z',
		createdBy: 'user-1',
		countyId: 'pirkanmaa'
	};

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

	it('stores changes that belong together all at once, or none of them', async () => {
		db = new RecDb(`test-${uuidv7()}`);
		const key = await generateDataKey();
		const [first, second] = [uuidv7(), uuidv7()];
		const insert = (id: string) => ({
			table: 'contacts' as const,
			op: 'insert' as const,
			id,
			baseVersion: null,
			fields: contact
		});
		expect(await applyLocalChanges(db, key, [insert(first), insert(second)])).toEqual([1, 2]);

		// The second change cannot be stored (no key): the first must not stay behind alone.
		const third = uuidv7();
		const broken = { ...insert(third), id: undefined as unknown as string };
		await expect(applyLocalChanges(db, key, [insert(third), broken])).rejects.toThrow();
		expect(await db.contacts.get(third)).toBeUndefined();
		expect((await db.outbox.toArray()).map((row) => row.mid)).toEqual([1, 2]);
		expect(await applyLocalChange(db, key, insert(third))).toBe(3);
	});

	it('undoes an insert with a queued delete, keeping the mutation ids without a gap', async () => {
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
		// The server waits at a gap in the ids: an unsent insert stays queued, its delete after it,
		// and the next change takes the id after both.
		expect(await db.outbox.toArray()).toMatchObject([
			{ mid: 1, op: 'insert', id: unsent },
			{ mid: 2, op: 'delete', id: unsent, fields: {} }
		]);
		const next = uuidv7();
		expect(
			await applyLocalChange(db, key, {
				table: 'contacts',
				op: 'insert',
				id: next,
				baseVersion: null,
				fields: contact
			})
		).toBe(3);
		await db.outbox.clear(); // as if the server had acknowledged them

		const sent = uuidv7();
		await applyLocalChange(db, key, {
			table: 'contacts',
			op: 'insert',
			id: sent,
			baseVersion: null,
			fields: contact
		});
		await db.outbox.bulkDelete([4]); // as if the server had acknowledged it
		await undoLocalInsert(db, 'contacts', sent);
		expect(await db.contacts.get(sent)).toBeUndefined();
		const queued = await db.outbox.toArray();
		expect(queued).toMatchObject([{ op: 'delete', table: 'contacts', id: sent, fields: {} }]);
		expect(queued[0]!.mid).toBe(5);
	});

	it('checks a change against its table’s schema before storing anything', async () => {
		db = new RecDb(`test-${uuidv7()}`);
		const key = await generateDataKey();
		const insert = { table: 'contacts' as const, op: 'insert' as const, baseVersion: null };
		// A field the schema does not know, a value it refuses, a new record without its source.
		await expect(
			applyLocalChange(db, key, { ...insert, id: uuidv7(), fields: { ...contact, childName: 'x' } })
		).rejects.toThrow();
		await expect(
			applyLocalChange(db, key, { ...insert, id: uuidv7(), fields: { ...contact, channel: 'fax' } })
		).rejects.toThrow();
		const { sourceType: _source, ...withoutSource } = contact;
		await expect(
			applyLocalChange(db, key, { ...insert, id: uuidv7(), fields: withoutSource })
		).rejects.toThrow();
		expect(await db.contacts.count()).toBe(0);
		expect(await db.outbox.count()).toBe(0);
		// A change names only what changed.
		const id = uuidv7();
		await applyLocalChange(db, key, { ...insert, id, fields: contact });
		await applyLocalChange(db, key, {
			table: 'contacts',
			op: 'update',
			id,
			baseVersion: 0,
			fields: { followUp: true }
		});
		expect((await db.contacts.get(id))?.followUp).toBe(true);
	});
});
