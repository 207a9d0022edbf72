import { describe, expect, it } from 'vitest';
import {
	callDurationMinutes,
	callProblems,
	caseContactFields,
	consentFromCall,
	consultationFromCall,
	emptyCallDraft,
	followUpsDue,
	formatElapsed,
	localDate,
	localDateTimeValue,
	oneTapContactFields,
	parseDuration,
	parseLocalDateTime,
	todaysCalls,
	triggerStageEvent,
	type CallDraft
} from './call-log';
import { caseGaps, submissionProblems } from './consultation-rules';
import { Contact } from './schemas/contact';
import { Consultation, ConsultationEvent } from './schemas/consultation';

const contactId = '01900000-0000-7000-8000-00000000c0de';
const consultationId = '01900000-0000-7000-8000-0000000000ca';
const userId = 'user-coordinator';
const facts = {
	occurredAt: '2026-03-10T09:15:00.000Z',
	durationMinutes: 4,
	createdBy: userId,
	countyId: 'pirkanmaa'
};

const typicalCall = (): CallDraft => ({
	...emptyCallDraft(),
	sourceType: 'child-protection',
	callerRole: 'social-worker',
	municipalityId: 'tampere',
	themes: ['demanding-separation', 'violence-against-children'],
	urgency: 'urgent',
	consent: 'given',
	consentMethod: 'in-person',
	summary: '  Huoltoriita, lapsi pelkää isää. Mitä tehdä?  ',
	actions: ['advice']
});

describe('the call timer', () => {
	it('counts every started minute, up to the schema’s limit', () => {
		expect(callDurationMinutes(0, 0)).toBe(0);
		expect(callDurationMinutes(0, 1_000)).toBe(1);
		expect(callDurationMinutes(0, 60_000)).toBe(1);
		expect(callDurationMinutes(0, 60_001)).toBe(2);
		expect(callDurationMinutes(5_000, 1_000)).toBe(0);
		expect(callDurationMinutes(0, 11 * 3_600_000)).toBe(600);
	});

	it('shows minutes and seconds, and hours when a call runs that long', () => {
		expect(formatElapsed(0)).toBe('0:00');
		expect(formatElapsed(247_900)).toBe('4:07');
		expect(formatElapsed(3_729_000)).toBe('1:02:09');
	});
});

describe('local dates and times', () => {
	it('reads and writes datetime-local values in the device’s time zone', () => {
		const moment = new Date(2026, 2, 9, 14, 5);
		expect(localDate(moment)).toBe('2026-03-09');
		expect(localDateTimeValue(moment)).toBe('2026-03-09T14:05');
		expect(parseLocalDateTime('2026-03-09T14:05')?.getTime()).toBe(moment.getTime());
		expect(parseLocalDateTime('9.3.2026 14:05')).toBeUndefined();
		expect(parseLocalDateTime('')).toBeUndefined();
	});

	it('takes a typed duration of whole minutes only', () => {
		expect(parseDuration(' 12 ')).toBe(12);
		expect(parseDuration('0')).toBe(0);
		expect(parseDuration('601')).toBeUndefined();
		expect(parseDuration('1.5')).toBeUndefined();
		expect(parseDuration('')).toBeUndefined();
	});
});

describe('callProblems', () => {
	it('asks only who called of a live call', () => {
		expect(callProblems(emptyCallDraft())).toEqual([
			{ field: 'sourceType', code: 'source-missing' }
		]);
		expect(callProblems(typicalCall())).toEqual([]);
	});

	it('refuses an unknown municipality and a malformed follow-up date', () => {
		const draft = { ...typicalCall(), municipalityId: 'atlantis', followUpDate: '1.4.2026' };
		expect(callProblems(draft).map((problem) => problem.code)).toEqual([
			'municipality-unknown',
			'follow-up-date-invalid'
		]);
	});

	it('needs a backdated call to be in the past and to have a duration', () => {
		const now = new Date(2026, 2, 10, 12, 0);
		const ok = { occurredAt: '2026-03-10T11:30', duration: '7', now };
		expect(callProblems(typicalCall(), ok)).toEqual([]);
		expect(
			callProblems(typicalCall(), { ...ok, occurredAt: '2026-03-10T12:30', duration: 'x' })
		).toEqual([
			{ field: 'occurredAt', code: 'occurred-in-future' },
			{ field: 'duration', code: 'duration-invalid' }
		]);
		expect(callProblems(typicalCall(), { ...ok, occurredAt: '' })).toEqual([
			{ field: 'occurredAt', code: 'occurred-invalid' }
		]);
	});
});

describe('caseContactFields', () => {
	it('makes a valid phone contact of kind case from a typical call', () => {
		const fields = caseContactFields(typicalCall(), facts);
		expect(fields).toEqual({
			kind: 'case',
			channel: 'phone',
			sourceType: 'child-protection',
			callerRole: 'social-worker',
			municipalityId: 'tampere',
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
		const fields = caseContactFields(draft, { ...facts, durationMinutes: undefined });
		expect(Object.keys(fields)).not.toContain('referredServiceId');
		expect(Object.keys(fields)).not.toContain('callerRole');
		expect(Object.keys(fields)).not.toContain('durationMinutes');
		expect(fields.consent).toBeUndefined();
		const referred = caseContactFields({ ...draft, actions: ['referred'] }, facts);
		expect(referred.referredServiceId).toBe('01900000-0000-7000-8000-000000000555');
		expect(Contact.safeParse({ id: contactId, ...referred }).success).toBe(true);
	});

	it('marks a follow-up when a date or a person is given', () => {
		const fields = caseContactFields(
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
		const fields = caseContactFields(
			{ ...draft, actions: [...draft.actions] },
			facts,
			consultationId
		);
		expect(fields.consultationId).toBe(consultationId);
		expect(fields.actions).toEqual(['advice', 'consultation-opened']);
	});

	it('refuses a case without its source', () => {
		expect(() => caseContactFields(emptyCallDraft(), facts)).toThrow();
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

describe('consultationFromCall', () => {
	const now = '2026-03-10T09:20:00.000Z';

	it('sends a call with consent at once, at the first stage, without retyping', () => {
		const contact = caseContactFields(typicalCall(), facts, consultationId);
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
			municipalityId: 'tampere',
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
		const contact = caseContactFields(typicalCall(), {
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
		const cases: [CallDraft, ReturnType<typeof caseGaps>[number]['code'][]][] = [
			[{ ...typicalCall(), consentMethod: '' }, ['consent-method-missing']],
			[{ ...typicalCall(), consent: 'best-interest' }, ['justification-missing']],
			[{ ...typicalCall(), consent: 'anonymous' }, []],
			[{ ...typicalCall(), consent: 'anonymous', summary: '   ' }, ['question-missing']]
		];
		for (const [draft, gaps] of cases) {
			const fields = consultationFromCall(contactId, caseContactFields(draft, facts), {
				now,
				locale: 'fi',
				consentMethod: draft.consentMethod
			});
			expect(fields).toMatchObject({ status: 'submitted', stage: 'trigger', submittedAt: now });
			// The server takes it from a coordinator; the case page asks for the rest.
			expect(submissionProblems(fields, 'coordinator')).toEqual([]);
			expect(caseGaps(fields).map((gap) => gap.code)).toEqual(gaps);
			expect(Consultation.safeParse({ id: consultationId, ...fields }).success).toBe(true);
		}
	});

	it('makes a case without consent anonymous, never a case with consent not asked', () => {
		for (const consent of ['', 'not-asked'] as const) {
			const contact = caseContactFields({ ...typicalCall(), consent }, facts);
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
		const contact = caseContactFields({ ...typicalCall(), consent: 'best-interest' }, facts);
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

describe('desk lists', () => {
	const at = (day: number, hour: number) => new Date(2026, 2, day, hour, 0).toISOString();
	const rows = [
		{ id: 'a', channel: 'phone', createdBy: userId, occurredAt: at(10, 9) },
		{ id: 'b', channel: 'phone', createdBy: userId, occurredAt: at(10, 14) },
		{ id: 'c', channel: 'phone', createdBy: userId, occurredAt: at(9, 16) },
		{ id: 'd', channel: 'phone', createdBy: 'someone-else', occurredAt: at(10, 10) },
		{ id: 'e', channel: 'visit', createdBy: userId, occurredAt: at(10, 11) },
		{ id: 'f', followUp: true, followUpDate: '2026-03-10' },
		{ id: 'g', followUp: true, followUpDate: '2026-03-02' },
		{ id: 'h', followUp: true, followUpDate: '2026-03-11' },
		{ id: 'i', followUp: false, followUpDate: '2026-03-01' },
		{ id: 'j', followUp: true }
	];

	it('lists the user’s calls of today, the latest first', () => {
		expect(todaysCalls(rows, '2026-03-10', userId).map((row) => row.id)).toEqual(['b', 'a']);
	});

	it('lists open follow-ups due today or earlier, the oldest first', () => {
		expect(followUpsDue(rows, '2026-03-10').map((row) => row.id)).toEqual(['g', 'f']);
	});
});
