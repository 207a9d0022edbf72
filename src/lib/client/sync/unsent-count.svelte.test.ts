import 'fake-indexeddb/auto';
import { flushSync } from 'svelte';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queueContactAndRequest } from '../../../../tests/support/unsent-fixtures';
import { generateDataKey } from '../crypto/wrap';
import { RecDb } from '../db/rec-db';
import { unsentItemCount } from './unsent';
import { UnsentCount } from './unsent-count.svelte';

describe('the unsent count that follows the outbox', () => {
	let db: RecDb;
	let stop = () => {};
	afterEach(async () => {
		stop();
		await db.delete();
	});

	function follow(count = vi.fn(unsentItemCount)) {
		let unsent!: UnsentCount;
		stop = $effect.root(() => {
			unsent = new UnsentCount(db, count);
		});
		flushSync();
		return { unsent, count };
	}

	it('counts records, not outbox entries, and says 0 at once when the outbox empties', async () => {
		db = new RecDb(`test-${uuidv7()}`);
		const { unsent, count } = follow();
		await vi.waitFor(() => expect(unsent.current).toBe(0));
		// An empty outbox needs no recount.
		expect(count).not.toHaveBeenCalled();
		await queueContactAndRequest(db, await generateDataKey());
		await vi.waitFor(() => expect(unsent.current).toBe(2));
		const calls = count.mock.calls.length;
		await db.outbox.clear();
		await vi.waitFor(() => expect(unsent.current).toBe(0));
		expect(count.mock.calls.length).toBe(calls);
	});

	it('recounts fewer times than the outbox changes while a push drains it, and ends exact', async () => {
		db = new RecDb(`test-${uuidv7()}`);
		await queueContactAndRequest(db, await generateDataKey());
		const { unsent, count } = follow();
		await vi.waitFor(() => expect(unsent.current).toBe(2));
		// Twenty quick changes, as a push stores batch after batch: the last leaves one record.
		const rows = await db.outbox.orderBy('mid').toArray();
		const contact = rows.find((row) => row.table === 'contacts')!;
		for (let change = 0; change < 20; change++) {
			await db.outbox.put({ ...contact, mid: 1000 + change });
			await db.outbox.delete(1000 + change);
		}
		await db.outbox.bulkDelete(
			rows.filter((row) => row.table !== 'contacts').map((row) => row.mid)
		);
		await vi.waitFor(() => expect(unsent.current).toBe(1));
		expect(count.mock.calls.length).toBeLessThan(20);
	});
});
