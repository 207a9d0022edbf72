import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import type { Suggestion } from '$lib/domain/matching';
import { skippedStages } from '$lib/domain/stages';
import { translator } from '$lib/i18n';
import { storeConsultation } from '../../../../tests/support/device-records';
import { fillDisk } from '../../../../tests/support/full-disk';
import { generateDataKey } from '../crypto/wrap';
import { RecDb } from '../db/rec-db';
import { ConsultationActions } from './consultation-actions.svelte';

const EXPERT = uuidv7();
const GROUP = uuidv7();

describe('the consultation page actions', () => {
	let db: RecDb;
	afterEach(async () => {
		await db.delete();
	});

	async function setUp(key?: () => CryptoKey, { full = false } = {}) {
		db = new RecDb(`test-${uuidv7()}`);
		const dataKey = await generateDataKey();
		const item = { id: uuidv7(), version: 2, countyId: 'pirkanmaa', assigneeIds: [] };
		await storeConsultation(db, dataKey, item);
		if (full) {
			// The device fills up after the consultation arrived: from now on every write fails.
			db.close();
			fillDisk(db);
			await db.open();
		}
		const writes: number[] = [];
		const actions = new ConsultationActions({
			db,
			key: key ?? (() => dataKey),
			actorId: () => 'user-1',
			t: () => translator('fi'),
			locale: () => 'fi',
			written: () => writes.push(1)
		});
		return { actions, item, writes };
	}

	const lawyer: Suggestion = {
		kind: 'expert',
		id: EXPERT,
		name: 'Laura Lakimies',
		score: 30,
		reasons: [],
		tieBreak: { missingLanguages: 0, open: 0, distance: 0, outsideGroups: 0 },
		meeting: { groupId: GROUP, groupName: 'Eroryhmä', date: '2026-05-19' }
	};

	it('assigns a suggested expert in one action and proposes their group’s meeting as the date', async () => {
		const { actions, item, writes } = await setUp();
		await actions.assign(item, lawyer);
		expect((await db.consultations.get(item.id))?.assigneeIds).toEqual([EXPERT]);
		expect(actions.status).toBe('Laura Lakimies nimetty tapaukselle.');
		expect(actions.proposal).toEqual(lawyer.meeting);

		await actions.useProposal(item);
		expect((await db.consultations.get(item.id))?.handlingDate).toBe('2026-05-19');
		expect(actions.status).toBe('Käsittelypäiväksi asetettu 19.5.2026.');
		expect(actions.proposal).toBeNull();
		expect(writes).toHaveLength(2);
	});

	it('chooses a group by setting the consultation’s group', async () => {
		const { actions, item } = await setUp();
		await actions.assign(item, { ...lawyer, kind: 'group', id: GROUP, name: 'Eroryhmä' });
		expect((await db.consultations.get(item.id))?.groupId).toBe(GROUP);
		expect(actions.status).toBe('Ryhmä Eroryhmä valittu tapaukselle.');
	});

	it('says so when a change could not be saved, and proposes nothing', async () => {
		const { actions, item, writes } = await setUp(() => {
			throw new Error('locked');
		});
		await actions.assign(item, lawyer);
		expect(actions.problem).toBe('Tallennus ei onnistunut. Yritä uudelleen.');
		expect(actions.status).toBe('');
		expect(actions.proposal).toBeNull();
		expect(writes).toHaveLength(0);
		// A form's change rejects, so that the form keeps what was typed.
		await expect(actions.note(item, 'teksti', false)).rejects.toThrow('locked');
	});

	it('moves the stage with a message naming the new stage', async () => {
		const { actions, item } = await setUp();
		await actions.move(item, 'buffer');
		expect((await db.consultations.get(item.id))?.stage).toBe('buffer');
		expect(actions.status).toBe('Tapaus siirretty vaiheeseen Puskuri.');
	});

	it('goes past a stage run only when needed, recording it as skipped before the move', async () => {
		const { actions, item } = await setUp();
		await actions.skip(item, 'hypothesis', 'coordination');
		expect((await db.consultations.get(item.id))?.stage).toBe('coordination');
		const entries = await db.consultation_events.where({ consultationId: item.id }).toArray();
		expect(entries.map((entry) => [entry.type, entry.stage])).toEqual([
			['stage-skipped', 'hypothesis'],
			['stage', 'coordination']
		]);
		expect(skippedStages('coordination', entries)).toEqual(['hypothesis']);
		expect(actions.status).toBe(
			'Vaihe Hypoteesi / kokonaisarvio ohitettu; tapaus siirretty vaiheeseen Koordinointi.'
		);
	});

	it('tells a full device apart: storage full, nothing lost — on the board and the page', async () => {
		const { actions, item, writes } = await setUp(undefined, { full: true });
		await actions.move(item, 'buffer');
		expect(actions.problem).toBe(
			'Laitteen tallennustila on täynnä, joten muutosta ei tallennettu. Vapauta tilaa ja yritä uudelleen.'
		);
		expect(actions.status).toBe('');
		expect((await db.consultations.get(item.id))?.stage).toBeNull();
		expect(await db.outbox.count()).toBe(0);
		await expect(actions.note(item, 'teksti', false)).rejects.toThrow();
		expect(actions.problem).toContain('tallennustila on täynnä');
		expect(writes).toHaveLength(0);
	});
});
