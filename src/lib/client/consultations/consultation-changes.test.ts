import 'fake-indexeddb/auto';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { storeConsultation } from '../../../../tests/support/device-records';
import { decryptFields } from '../crypto/fields';
import { generateDataKey } from '../crypto/wrap';
import { RecDb } from '../db/rec-db';
import {
	addNote,
	assignExpert,
	changeStage,
	completeConsultation,
	setConsultationClosed,
	unassignExpert
} from './consultation-changes';

const [A, B] = [uuidv7(), uuidv7()];

describe("a coordinator's changes to a consultation", () => {
	let db: RecDb;
	afterEach(async () => {
		await db.delete();
	});

	async function setUp() {
		db = new RecDb(`test-${uuidv7()}`);
		const key = await generateDataKey();
		const item = { id: uuidv7(), version: 4, countyId: 'pirkanmaa', assigneeIds: [A] };
		// As pulled from the server: the consultation is on the device at version 4.
		await storeConsultation(db, key, { ...item, stage: null });
		return { key, item };
	}

	it('moves the stage and appends a timeline entry with who and when, both in the outbox', async () => {
		const { key, item } = await setUp();
		await changeStage(db, key, item, 'buffer', 'user-1');
		expect((await db.consultations.get(item.id))?.stage).toBe('buffer');
		const [event] = await db.consultation_events.where('consultationId').equals(item.id).toArray();
		expect(event).toMatchObject({
			type: 'stage',
			stage: 'buffer',
			createdBy: 'user-1',
			countyId: 'pirkanmaa',
			forRequester: true
		});
		expect(Date.parse(String(event!.at))).not.toBeNaN();
		const outbox = await db.outbox.orderBy('mid').toArray();
		expect(outbox.map((row) => [row.table, row.op, row.baseVersion])).toEqual([
			['consultations', 'update', 4],
			['consultation_events', 'insert', null]
		]);
		expect(outbox[0]!.fields).toEqual({ stage: 'buffer' });
	});

	it('keeps a note encrypted on the device, with its "visible to the requester" choice', async () => {
		const { key, item } = await setUp();
		await addNote(db, key, item, 'user-1', 'Isä soitti, uusi tapaaminen sovittu', true);
		const [note] = await db.consultation_events.toArray();
		expect(JSON.stringify(note)).not.toContain('Isä soitti');
		expect(note).toMatchObject({ type: 'note', forRequester: true, stage: null });
		const plain = await decryptFields(key, note!, ['text']);
		expect(plain.text).toBe('Isä soitti, uusi tapaaminen sovittu');
	});

	it('completes a consultation: the consent and the question, the consent decision on the timeline', async () => {
		const { key, item } = await setUp();
		const received = {
			...item,
			status: 'submitted',
			consent: 'anonymous',
			stage: 'trigger' as const
		};
		await completeConsultation(
			db,
			key,
			received,
			{
				consent: 'given',
				consentDate: '2026-05-02',
				consentMethod: 'phone',
				// Left from an earlier choice on the form: not for consent given.
				consentJustification: 'Ei kuulu tähän',
				question: '  Miten tukea lasta?  '
			},
			'user-1'
		);
		const row = (await db.consultations.get(item.id))!;
		expect(row).toMatchObject({
			consent: 'given',
			consentDate: '2026-05-02',
			consentMethod: 'phone'
		});
		const plain = await decryptFields(key, row, ['question', 'consentJustification']);
		expect(plain).toMatchObject({ question: 'Miten tukea lasta?', consentJustification: '' });
		const events = await db.consultation_events.toArray();
		expect(events).toMatchObject([
			{ type: 'consent', consent: 'given', forRequester: false, createdBy: 'user-1' }
		]);
		const outbox = await db.outbox.orderBy('mid').toArray();
		expect(outbox.map((entry) => [entry.table, entry.op])).toEqual([
			['consultations', 'update'],
			['consultation_events', 'insert']
		]);
		expect(outbox[0]!.fields).not.toHaveProperty('status');
	});

	it('receives a draft the desk left once it is completed, at heräte', async () => {
		const { key, item } = await setUp();
		const draft = { ...item, status: 'draft', consent: 'not-asked', stage: null };
		await completeConsultation(
			db,
			key,
			draft,
			{
				consent: 'anonymous',
				consentDate: '2026-05-02',
				consentMethod: 'phone',
				consentJustification: '',
				question: 'Mitä tehdä?'
			},
			'user-1'
		);
		const row = (await db.consultations.get(item.id))!;
		expect(row).toMatchObject({
			status: 'submitted',
			stage: 'trigger',
			consent: 'anonymous',
			consentDate: null,
			consentMethod: null
		});
		expect(Date.parse(String(row.submittedAt))).not.toBeNaN();
	});

	it('adds an assignee once and takes one away', async () => {
		const { key, item } = await setUp();
		await assignExpert(db, key, item, B);
		await assignExpert(db, key, { ...item, assigneeIds: [A, B] }, B);
		expect((await db.consultations.get(item.id))?.assigneeIds).toEqual([A, B]);
		await unassignExpert(db, key, { ...item, assigneeIds: [A, B] }, A);
		expect((await db.consultations.get(item.id))?.assigneeIds).toEqual([B]);
	});

	it('closes a consultation with the moment it closed, and opens it again', async () => {
		const { key, item } = await setUp();
		await setConsultationClosed(db, key, item, true);
		const closed = await db.consultations.get(item.id);
		expect(closed?.status).toBe('closed');
		expect(Date.parse(String(closed?.closedAt))).not.toBeNaN();
		await setConsultationClosed(db, key, item, false);
		expect(await db.consultations.get(item.id)).toMatchObject({
			status: 'submitted',
			closedAt: null
		});
	});
});
