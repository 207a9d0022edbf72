import type { CallDraft, OneTapKind } from './calls/draft';
import type { ContactChannel } from './contact-channels';
import type { ChildAgeGroup, ContactAction, ServiceInvolved } from './record-codes';
import type { Contact } from './schemas/contact';
import type { SourceType } from './source-types';
import type { SituationTheme } from './themes';

/**
 * The one place a `contacts` record is built, for both roles: the worker's quick log
 * (/app/log) and the coordinator's call desk (/app/desk), a consultation call or a one-tap call.
 * Fields left empty stay out ("not recorded").
 */

/** The fields of a contacts record, as pushed (the id is the row's). */
export type ContactFields = Omit<Contact, 'id'>;

/** Facts of the call that the form does not hold. */
export interface CallFacts {
	occurredAt: string;
	durationMinutes: number | undefined;
	createdBy: string;
	countyId: string;
}

const orUndefined = <T extends string>(value: T | ''): T | undefined =>
	value === '' ? undefined : value;

/**
 * The contacts record of a case call: channel phone, kind case. Fields left empty stay out
 * ("not recorded"); `consultationId` links the call to the consultation it was turned into.
 */
export function consultationContactFields(
	draft: CallDraft,
	facts: CallFacts,
	consultationId?: string
): ContactFields {
	if (draft.sourceType === '') throw new Error('a case call needs its source type');
	const actions: ContactAction[] = draft.actions.filter(
		(action) => action !== 'consultation-opened'
	);
	if (consultationId) actions.push('consultation-opened');
	const referred = actions.includes('referred') ? orUndefined(draft.referredServiceId) : undefined;
	const followUpDate = orUndefined(draft.followUpDate);
	const followUpBy = draft.followUpBy.trim() || undefined;
	const fields: ContactFields = {
		kind: 'case',
		channel: 'phone',
		sourceType: draft.sourceType,
		callerRole: orUndefined(draft.callerRole),
		municipalityId: orUndefined(draft.municipalityId),
		themes: [...draft.themes],
		urgency: draft.urgency,
		consent: orUndefined(draft.consent),
		actions,
		referredServiceId: referred,
		durationMinutes: facts.durationMinutes,
		note: draft.summary.trim(),
		followUp: followUpDate !== undefined || followUpBy !== undefined,
		followUpDate,
		followUpBy,
		consultationId,
		occurredAt: facts.occurredAt,
		createdBy: facts.createdBy,
		countyId: facts.countyId
	};
	return withoutUndefined(fields);
}

/**
 * A call that carries no case, logged in one tap. Who called is kept when the form already
 * says it (an information-only call still counts by source); otherwise 'other'.
 */
export function oneTapContactFields(
	kind: OneTapKind,
	facts: CallFacts,
	sourceType: SourceType | '' = ''
): ContactFields {
	return withoutUndefined({
		kind,
		channel: 'phone',
		sourceType: sourceType === '' ? 'other' : sourceType,
		themes: [],
		durationMinutes: facts.durationMinutes,
		note: '',
		followUp: false,
		occurredAt: facts.occurredAt,
		createdBy: facts.createdBy,
		countyId: facts.countyId
	});
}

/** The worker's quick log as filled in (components/contacts/QuickContactForm.svelte). */
export interface QuickContact {
	channel: ContactChannel;
	sourceType: SourceType;
	themes: SituationTheme[];
	ageGroup?: ChildAgeGroup;
	servicesInvolved: ServiceInvolved[];
	note: string;
	stuck: string;
	followUp: boolean;
	followUpDate?: string;
}

/** A call made from the directory that the contact logs ("call and log"). */
export interface LoggedCall {
	personId?: string;
	durationMinutes: number;
}

/**
 * The contacts record of the worker's quick log: kind case, on any channel. A call made
 * from the directory adds whom it was with and roughly how long it took.
 */
export function quickContactFields(
	contact: QuickContact,
	facts: Omit<CallFacts, 'durationMinutes'>,
	call?: LoggedCall
): ContactFields {
	return withoutUndefined({
		kind: 'case',
		channel: contact.channel,
		sourceType: contact.sourceType,
		themes: [...contact.themes],
		ageGroup: contact.ageGroup,
		servicesInvolved: [...contact.servicesInvolved],
		note: contact.note,
		stuck: contact.stuck || undefined,
		followUp: contact.followUp,
		followUpDate: contact.followUpDate,
		personId: call?.personId || undefined,
		durationMinutes: call?.durationMinutes,
		occurredAt: facts.occurredAt,
		createdBy: facts.createdBy,
		countyId: facts.countyId
	});
}

function withoutUndefined<T extends object>(record: T): T {
	return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
