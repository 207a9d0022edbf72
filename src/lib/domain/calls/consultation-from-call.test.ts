import { describe, expect, it } from 'vitest';
import {
	contactId,
	consultationId,
	facts,
	typicalCall,
	userId
} from '../../../../tests/support/call-fixtures';
import { consultationGaps, submissionProblems } from '../consultation-rules';
import { consultationContactFields } from '../contact-fields';
import { Consultation, ConsultationEvent } from '../schemas/consultation';
import { consentFromCall, consultationFromCall, triggerStageEvent } from './consultation-from-call';
import type { CallDraft } from './draft';

describe('consultationFromCall', () => {
	const now = '2026-03-10T09:20:00.000Z';

	it('sends a call with consent at once, at the first stage, without retyping', () => {
		const contact = consultationContactFields(typicalCall(), facts, consultationId);
		const fields = consultationFromCall(contactId, contact, {
			now,
			locale: 'fi',
			consentMethod: 'in-person',
			consentDate: '2026-03-09'
		});
		expect(fields).toMatchObject({
			status: 'submitted',
			stage: 'trigger',
			urgency: 'urgent',
			consent: 'given',
			consentDate: '2026-03-09',
			consentMethod: 'in-person',
			municipalityId: '837',
			themes: ['demanding-separation', 'violence-against-children'],
			question: 'Huoltoriita, lapsi pelkää isää. Mitä tehdä?',
			requesterOrganisation: 'Lastensuojelu',
			sourceContactId: contactId,
			submittedAt: now,
			createdAt: now,
			countyId: 'pirkanmaa'
		});
		expect(submissionProblems(fields)).toEqual([]);
		expect(Consultation.safeParse({ id: consultationId, ...fields }).success).toBe(true);
	});

	it('takes the call’s own date as the consent date when none was typed', () => {
		const contact = consultationContactFields(typicalCall(), {
			...facts,
			occurredAt: new Date(2026, 2, 8, 23, 30).toISOString()
		});
		const fields = consultationFromCall(contactId, contact, {
			now,
			locale: 'sv',
			consentMethod: 'phone'
		});
		expect(fields.consentDate).toBe('2026-03-08');
		expect(fields.requesterOrganisation).toBe('Barnskydd');
	});

	it('receives every call opened as a consultation at once, whatever the call left open', () => {
		const cases: [CallDraft, ReturnType<typeof consultationGaps>[number]['code'][]][] = [
			[{ ...typicalCall(), consentMethod: '' }, ['consent-method-missing']],
			[{ ...typicalCall(), consent: 'best-interest' }, ['justification-missing']],
			[{ ...typicalCall(), consent: 'anonymous' }, []],
			[{ ...typicalCall(), consent: 'anonymous', summary: '   ' }, ['question-missing']]
		];
		for (const [draft, gaps] of cases) {
			const fields = consultationFromCall(contactId, consultationContactFields(draft, facts), {
				now,
				locale: 'fi',
				consentMethod: draft.consentMethod
			});
			expect(fields).toMatchObject({ status: 'submitted', stage: 'trigger', submittedAt: now });
			// The server takes it from a coordinator; the case page asks for the rest.
			expect(submissionProblems(fields, 'coordinator')).toEqual([]);
			expect(consultationGaps(fields).map((gap) => gap.code)).toEqual(gaps);
			expect(Consultation.safeParse({ id: consultationId, ...fields }).success).toBe(true);
		}
	});

	it('makes a case without consent anonymous, never a case with consent not asked', () => {
		for (const consent of ['', 'not-asked'] as const) {
			const contact = consultationContactFields({ ...typicalCall(), consent }, facts);
			const fields = consultationFromCall(contactId, contact, { now, locale: 'en' });
			expect(fields).toMatchObject({
				status: 'submitted',
				consent: 'anonymous',
				consentDate: null,
				consentMethod: null,
				consentJustification: ''
			});
			// The call itself keeps what the caller said.
			expect(contact.consent).toBe(consent === '' ? undefined : 'not-asked');
		}
		expect(consentFromCall(undefined)).toBe('anonymous');
		expect(consentFromCall('not-asked')).toBe('anonymous');
		expect(consentFromCall('given')).toBe('given');
		expect(consentFromCall('best-interest')).toBe('best-interest');
	});

	it('sends a best-interest call when the reason is written down', () => {
		const contact = consultationContactFields(
			{ ...typicalCall(), consent: 'best-interest' },
			facts
		);
		const fields = consultationFromCall(contactId, contact, {
			now,
			locale: 'fi',
			consentJustification: 'Lapsen turvallisuus vaatii kiireellistä arviota.'
		});
		expect(fields).toMatchObject({ status: 'submitted', consentMethod: null, consentDate: null });
	});

	it('opens the timeline at heräte', () => {
		const event = triggerStageEvent(consultationId, {
			at: now,
			createdBy: userId,
			countyId: 'pirkanmaa'
		});
		expect(event).toMatchObject({ type: 'stage', stage: 'trigger', consultationId });
		expect(
			ConsultationEvent.safeParse({ id: '01900000-0000-7000-8000-0000000000e1', ...event }).success
		).toBe(true);
	});
});
