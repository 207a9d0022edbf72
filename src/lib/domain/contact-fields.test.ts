import { describe, expect, it } from 'vitest';
import {
	contactId,
	consultationId,
	facts,
	typicalCall,
	userId
} from '../../../tests/support/call-fixtures';
import { emptyCallDraft, type CallDraft } from './calls/draft';
import {
	consultationContactFields,
	oneTapContactFields,
	quickContactFields
} from './contact-fields';
import { Contact } from './schemas/contact';

describe('consultationContactFields', () => {
	it('makes a valid phone contact of kind case from a typical call', () => {
		const fields = consultationContactFields(typicalCall(), facts);
		expect(fields).toEqual({
			kind: 'case',
			channel: 'phone',
			sourceType: 'child-protection',
			callerRole: 'social-worker',
			municipalityId: '837',
			themes: ['demanding-separation', 'violence-against-children'],
			urgency: 'urgent',
			consent: 'given',
			actions: ['advice'],
			durationMinutes: 4,
			note: 'Huoltoriita, lapsi pelkää isää. Mitä tehdä?',
			followUp: false,
			occurredAt: facts.occurredAt,
			createdBy: userId,
			countyId: 'pirkanmaa'
		});
		expect(Contact.safeParse({ id: contactId, ...fields }).success).toBe(true);
	});

	it('leaves out what was not recorded and keeps a referral only with its action', () => {
		const draft: CallDraft = {
			...emptyCallDraft(),
			sourceType: 'school',
			referredServiceId: '01900000-0000-7000-8000-000000000555'
		};
		const fields = consultationContactFields(draft, { ...facts, durationMinutes: undefined });
		expect(Object.keys(fields)).not.toContain('referredServiceId');
		expect(Object.keys(fields)).not.toContain('callerRole');
		expect(Object.keys(fields)).not.toContain('durationMinutes');
		expect(fields.consent).toBeUndefined();
		const referred = consultationContactFields({ ...draft, actions: ['referred'] }, facts);
		expect(referred.referredServiceId).toBe('01900000-0000-7000-8000-000000000555');
		expect(Contact.safeParse({ id: contactId, ...referred }).success).toBe(true);
	});

	it('marks a follow-up when a date or a person is given', () => {
		const fields = consultationContactFields(
			{ ...typicalCall(), followUpDate: '2026-03-12', followUpBy: ' Koordinaattori ' },
			facts
		);
		expect(fields).toMatchObject({
			followUp: true,
			followUpDate: '2026-03-12',
			followUpBy: 'Koordinaattori'
		});
	});

	it('links the consultation and records that one was opened, once', () => {
		const draft = { ...typicalCall(), actions: ['advice', 'consultation-opened'] as const };
		const fields = consultationContactFields(
			{ ...draft, actions: [...draft.actions] },
			facts,
			consultationId
		);
		expect(fields.consultationId).toBe(consultationId);
		expect(fields.actions).toEqual(['advice', 'consultation-opened']);
	});

	it('refuses a case without its source', () => {
		expect(() => consultationContactFields(emptyCallDraft(), facts)).toThrow();
	});
});

describe('oneTapContactFields', () => {
	it('logs a wrong number with no case facts', () => {
		const fields = oneTapContactFields('wrong-number', facts);
		expect(fields).toEqual({
			kind: 'wrong-number',
			channel: 'phone',
			sourceType: 'other',
			themes: [],
			durationMinutes: 4,
			note: '',
			followUp: false,
			occurredAt: facts.occurredAt,
			createdBy: userId,
			countyId: 'pirkanmaa'
		});
		expect(Contact.safeParse({ id: contactId, ...fields }).success).toBe(true);
	});

	it('keeps who called when the form already says it', () => {
		expect(oneTapContactFields('information-only', facts, 'school').sourceType).toBe('school');
	});
});

describe('quickContactFields', () => {
	const quick = {
		channel: 'visit' as const,
		sourceType: 'school' as const,
		themes: ['neurodevelopmental' as const],
		servicesInvolved: [],
		note: 'Koulu kysyi tuesta.',
		stuck: '',
		followUp: false
	};
	const origin = { occurredAt: facts.occurredAt, createdBy: userId, countyId: 'pirkanmaa' };

	it('logs the worker’s quick contact as a case, leaving out what was not recorded', () => {
		const fields = quickContactFields(quick, origin);
		expect(fields).toEqual({
			kind: 'case',
			channel: 'visit',
			sourceType: 'school',
			themes: ['neurodevelopmental'],
			servicesInvolved: [],
			note: 'Koulu kysyi tuesta.',
			followUp: false,
			...origin
		});
		expect(Contact.safeParse({ id: contactId, ...fields }).success).toBe(true);
	});

	it('adds whom a call from the directory was with and how long it took', () => {
		const person = '01900000-0000-7000-8000-000000000777';
		const fields = quickContactFields({ ...quick, stuck: 'Odottaa arviota' }, origin, {
			personId: person,
			durationMinutes: 3
		});
		expect(fields).toMatchObject({
			personId: person,
			durationMinutes: 3,
			stuck: 'Odottaa arviota'
		});
		expect(Contact.safeParse({ id: contactId, ...fields }).success).toBe(true);
	});
});
