import { emptyCallDraft, type CallDraft } from '../../src/lib/domain/calls/draft';

/** A coordinator's typical case call, and the facts the desk adds when it is saved. */
export const contactId = '01900000-0000-7000-8000-00000000c0de';
export const consultationId = '01900000-0000-7000-8000-0000000000ca';
export const userId = 'user-coordinator';
export const facts = {
	occurredAt: '2026-03-10T09:15:00.000Z',
	durationMinutes: 4,
	createdBy: userId,
	countyId: 'pirkanmaa'
};

export const typicalCall = (): CallDraft => ({
	...emptyCallDraft(),
	sourceType: 'child-protection',
	callerRole: 'social-worker',
	municipalityId: '837',
	themes: ['demanding-separation', 'violence-against-children'],
	urgency: 'urgent',
	consent: 'given',
	consentMethod: 'in-person',
	summary: '  Huoltoriita, lapsi pelkää isää. Mitä tehdä?  ',
	actions: ['advice']
});
