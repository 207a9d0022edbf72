import 'fake-indexeddb/auto';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyCallDraft, type CallDraft } from '$lib/domain/calls/draft';
import { consultationContactFields } from '$lib/domain/contact-fields';
import { generateDataKey } from '../crypto/wrap';
import * as mutate from '../db/mutate';
import { RecDb } from '../db/rec-db';
import { closeFollowUp, insertContact } from './contacts';
import {
	newConsultationIds,
	openAsConsultation,
	readSavedContact
} from './consultation-from-contact';

const draft: CallDraft = {
	...emptyCallDraft(),
	sourceType: 'family-centre',
	municipalityId: '205',
	themes: ['immigration'],
	consent: 'given',
	summary: 'Perhe tarvitsee tulkin ja tukea eroon.',
	actions: ['advice'],
	followUpDate: '2026-03-12'
};
const facts = {
	occurredAt: '2026-03-10T08:00:00.000Z',
	durationMinutes: 6,
	createdBy: 'user-1',
	countyId: 'kainuu'
};

describe('the desk’s writes', () => {
	let db: RecDb;
	afterEach(async () => {
		vi.restoreAllMocks();
		await db.delete();
	});

	it('opens a call as a consultation: consultation, heräte entry and the linked call, in that order', async () => {
		db = new RecDb(`test-${uuidv7()}`);
		const key = await generateDataKey();
		const ids = newConsultationIds();
		const contact = consultationContactFields(draft, facts, ids.consultationId);
		await openAsConsultation(db, key, ids, contact, { locale: 'fi', consentMethod: 'written' });

		const outbox = await db.outbox.orderBy('mid').toArray();
		expect(outbox.map((entry) => [entry.table, entry.op, entry.id])).toEqual([
			['consultations', 'insert', ids.consultationId],
			['consultation_events', 'insert', ids.eventId],
			['contacts', 'insert', ids.contactId]
		]);
		expect(await db.consultations.get(ids.consultationId)).toMatchObject({
			status: 'submitted',
			stage: 'trigger',
			sourceContactId: ids.contactId
		});
		expect(await db.contacts.get(ids.contactId)).toMatchObject({
			consultationId: ids.consultationId,
			actions: ['advice', 'consultation-opened']
		});
		// Free text is encrypted on the device.
		expect(JSON.stringify(await db.consultations.toArray())).not.toContain('tulkin');
	});

	it('finishes a half-done opening on retry instead of making a second consultation', async () => {
		db = new RecDb(`test-${uuidv7()}`);
		const key = await generateDataKey();
		const ids = newConsultationIds();
		const contact = consultationContactFields(draft, facts, ids.consultationId);
		const real = mutate.applyLocalChange;
		let calls = 0;
		vi.spyOn(mutate, 'applyLocalChange').mockImplementation(async (...args) => {
			calls += 1;
			if (calls === 2) throw new DOMException('full', 'QuotaExceededError');
			return real(...args);
		});
		await expect(openAsConsultation(db, key, ids, contact, { locale: 'fi' })).rejects.toThrow();
		expect(await db.consultations.count()).toBe(1);
		expect(await db.contacts.count()).toBe(0);

		await openAsConsultation(db, key, ids, contact, { locale: 'fi' });
		expect(await db.consultations.count()).toBe(1);
		expect(await db.consultation_events.count()).toBe(1);
		expect(await db.contacts.count()).toBe(1);
		expect(await db.outbox.count()).toBe(3);
	});

	it('turns a saved call into a received consultation afterwards by updating the call', async () => {
		db = new RecDb(`test-${uuidv7()}`);
		const key = await generateDataKey();
		const contactId = await insertContact(db, key, consultationContactFields(draft, facts));
		const call = await readSavedContact(db, key, contactId);
		expect(call?.fields.note).toBe('Perhe tarvitsee tulkin ja tukea eroon.');

		const ids = newConsultationIds(contactId);
		await openAsConsultation(db, key, ids, call!.fields, { locale: 'sv' }, call!.row);
		// Consent was given, but how was not asked: received all the same, the consultation page asks.
		expect(await db.consultations.get(ids.consultationId)).toMatchObject({
			status: 'submitted',
			stage: 'trigger',
			consentMethod: null,
			consent: 'given',
			requesterOrganisation: 'Familjecenter'
		});
		const update = (await db.outbox.orderBy('mid').last())!;
		expect(update).toMatchObject({
			table: 'contacts',
			op: 'update',
			id: contactId,
			baseVersion: 0,
			fields: { consultationId: ids.consultationId, actions: ['advice', 'consultation-opened'] }
		});
	});

	it('closes a follow-up by an update of the call', async () => {
		db = new RecDb(`test-${uuidv7()}`);
		const key = await generateDataKey();
		const id = await insertContact(db, key, consultationContactFields(draft, facts));
		const row = (await db.contacts.get(id))!;
		expect(row.followUp).toBe(true);
		await closeFollowUp(db, key, row);
		expect((await db.contacts.get(id))!.followUp).toBe(false);
		expect(await db.outbox.count()).toBe(2);
	});
});
