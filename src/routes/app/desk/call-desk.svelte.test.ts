import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyCallDraft, type CallDraft } from '$lib/domain/calls/draft';
import type { UserProfile } from '$lib/domain/schemas/account';
import { translator } from '$lib/i18n';
import { fillDisk } from '../../../../tests/support/full-disk';
import { generateDataKey } from '$lib/client/crypto/wrap';
import { RecDb } from '$lib/client/db/rec-db';
import { CallDesk } from './call-desk.svelte';

const draft: CallDraft = {
	...emptyCallDraft(),
	sourceType: 'family-centre',
	summary: 'Perhe kysyy eroneuvonnasta.'
};
const when = { occurredAt: '2026-03-10T08:00:00.000Z', durationMinutes: 4 };
const profile = { id: 'user-1', countyId: 'kainuu', role: 'coordinator' } as UserProfile;

describe('the call desk’s saves', () => {
	let db: RecDb;
	afterEach(async () => {
		await db.delete();
	});

	async function setUp({ full = false } = {}) {
		db = new RecDb(`test-${uuidv7()}`);
		if (full) fillDisk(db);
		const key = await generateDataKey();
		const writes: number[] = [];
		const desk = new CallDesk({
			db,
			key: () => key,
			profile: () => profile,
			t: () => translator('fi'),
			locale: () => 'fi',
			noteWrite: () => writes.push(1)
		});
		return { desk, writes };
	}

	it('saves a call, offers Undo, and takes it back with a delete queued after it', async () => {
		const { desk, writes } = await setUp();
		desk.openCall('live');
		await desk.saveCall(draft, when);
		expect(desk.status).toBe('Puhelu tallennettu (4 min).');
		expect(desk.undoable?.table).toBe('contacts');
		expect(await db.contacts.count()).toBe(1);

		await desk.undo();
		expect(desk.status).toBe('Kirjaus poistettiin.');
		expect(desk.undoable).toBeNull();
		expect(await db.contacts.count()).toBe(0);
		// The server applies a device's mutation ids in order: the delete follows the insert.
		expect((await db.outbox.orderBy('mid').toArray()).map((entry) => entry.op)).toEqual([
			'insert',
			'delete'
		]);
		expect(writes).toHaveLength(2);
	});

	it('on a full device says storage is full and keeps the form open with what was typed', async () => {
		const { desk, writes } = await setUp({ full: true });
		desk.openCall('live');
		await expect(desk.saveCall(draft, when)).rejects.toThrow();
		expect(desk.problem).toBe(
			'Laitteen tallennustila on täynnä, joten puhelua ei tallennettu. Vapauta tilaa; tiedot ovat yhä lomakkeella.'
		);
		expect(desk.mode).toBe('live');
		expect(desk.busy).toBe(false);
		await expect(desk.openFromForm(draft, when)).rejects.toThrow();
		expect(desk.problem).toContain('tallennustila on täynnä');
		expect(writes).toHaveLength(0);
	});
});
