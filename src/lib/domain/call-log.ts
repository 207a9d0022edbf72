import { countyName, findCounty, findMunicipality, municipalities } from './areas';
import { submissionProblems } from './consultation-rules';
import type { Locale } from './locale';
import type {
	CallerRole,
	ConsentMethod,
	ConsentStatus,
	ContactAction,
	ContactKind,
	Urgency
} from './record-codes';
import type { Contact } from './schemas/contact';
import {
	emptyConsultation,
	type ConsultationEvent,
	type ConsultationFields
} from './schemas/consultation';
import { sourceTypes, type SourceType } from './source-types';
import type { SituationTheme } from './themes';
import type { TypeaheadOption } from './typeahead';

/**
 * The coordinator's call log (issue 6, "Call-in logging"): what the call form holds, how it
 * becomes a `contacts` record, and how a call becomes a consultation without retyping. Pure:
 * the desk screen does the saving (src/routes/app/desk).
 */

/** The call form as typed; '' is "not chosen". */
export interface CallDraft {
	sourceType: SourceType | '';
	callerRole: CallerRole | '';
	municipalityId: string;
	themes: SituationTheme[];
	urgency: Urgency;
	consent: ConsentStatus | '';
	/** Asked only when consent was given: they go to a consultation opened from the call. */
	consentMethod: ConsentMethod | '';
	consentDate: string;
	/** Asked only for "without consent, in the child's best interest". */
	consentJustification: string;
	summary: string;
	/** Actions ticked on the form; 'consultation-opened' is added by opening one. */
	actions: ContactAction[];
	referredServiceId: string;
	followUpDate: string;
	followUpBy: string;
}

export function emptyCallDraft(): CallDraft {
	return {
		sourceType: '',
		callerRole: '',
		municipalityId: '',
		themes: [],
		urgency: 'normal',
		consent: '',
		consentMethod: '',
		consentDate: '',
		consentJustification: '',
		summary: '',
		actions: [],
		referredServiceId: '',
		followUpDate: '',
		followUpBy: ''
	};
}

/** The kinds of call that carry no case, logged in one tap. */
export const oneTapKinds = [
	'wrong-number',
	'information-only',
	'dropped'
] as const satisfies readonly ContactKind[];
export type OneTapKind = (typeof oneTapKinds)[number];

/** The schema's limit on a call's length. */
export const MAX_CALL_MINUTES = 600;

/** A call's length in whole minutes as logged: every started minute counts (30 s → 1 min). */
export function callDurationMinutes(startedAt: number, endedAt: number): number {
	const minutes = Math.ceil(Math.max(0, endedAt - startedAt) / 60_000);
	return Math.min(minutes, MAX_CALL_MINUTES);
}

/** The running timer's text: "4:07", and "1:02:09" past an hour. */
export function formatElapsed(milliseconds: number): string {
	const total = Math.max(0, Math.floor(milliseconds / 1000));
	const seconds = String(total % 60).padStart(2, '0');
	const minutes = Math.floor(total / 60) % 60;
	const hours = Math.floor(total / 3600);
	return hours > 0
		? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
		: `${minutes}:${seconds}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The device's local calendar date of a moment, "2026-03-14". */
export function localDate(moment: Date): string {
	return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The value of a `datetime-local` field for a moment, in local time, to the minute. */
export function localDateTimeValue(moment: Date): string {
	return `${localDate(moment)}T${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}

/** A `datetime-local` field's value as an instant (it is read in the device's time zone). */
export function parseLocalDateTime(value: string): Date | undefined {
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return undefined;
	const moment = new Date(value);
	return Number.isNaN(moment.getTime()) ? undefined : moment;
}

export type CallProblemCode =
	| 'source-missing'
	| 'municipality-unknown'
	| 'follow-up-date-invalid'
	| 'occurred-invalid'
	| 'occurred-in-future'
	| 'duration-invalid';

export interface CallProblem {
	field: keyof CallDraft | 'occurredAt' | 'duration';
	code: CallProblemCode;
}

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * What stops a case call from being saved. Only who called is required: the rest may be
 * unknown in a short call. A backdated call also needs a time in the past and a duration.
 */
export function callProblems(
	draft: CallDraft,
	backdated?: { occurredAt: string; duration: string; now: Date }
): CallProblem[] {
	const problems: CallProblem[] = [];
	if (draft.sourceType === '') problems.push({ field: 'sourceType', code: 'source-missing' });
	if (draft.municipalityId !== '' && !findMunicipality(draft.municipalityId)) {
		problems.push({ field: 'municipalityId', code: 'municipality-unknown' });
	}
	if (draft.followUpDate !== '' && !isDate(draft.followUpDate)) {
		problems.push({ field: 'followUpDate', code: 'follow-up-date-invalid' });
	}
	if (backdated) {
		const moment = parseLocalDateTime(backdated.occurredAt);
		if (!moment) problems.push({ field: 'occurredAt', code: 'occurred-invalid' });
		else if (moment.getTime() > backdated.now.getTime()) {
			problems.push({ field: 'occurredAt', code: 'occurred-in-future' });
		}
		if (parseDuration(backdated.duration) === undefined) {
			problems.push({ field: 'duration', code: 'duration-invalid' });
		}
	}
	return problems;
}

/** A typed duration in minutes: a whole number 0–600, or undefined. */
export function parseDuration(text: string): number | undefined {
	const trimmed = text.trim();
	if (!/^\d{1,3}$/.test(trimmed)) return undefined;
	const minutes = Number(trimmed);
	return minutes <= MAX_CALL_MINUTES ? minutes : undefined;
}

/** The fields of a contacts record, as pushed (the id is the row's). */
export type ContactFields = Omit<Contact, 'id'>;
export type ConsultationEventFields = Omit<ConsultationEvent, 'id'>;

/** When the call was and how long it took, as the form settles it at save. */
export interface CallWhen {
	occurredAt: string;
	/** Unknown for a one-tap entry made without the form. */
	durationMinutes: number | undefined;
}

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
export function caseContactFields(
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

/** What a consultation opened from a call takes beyond the contact's own fields. */
export interface ConsultationFacts {
	now: string;
	locale: Locale;
	consentMethod?: ConsentMethod | '';
	/** The date the caller said consent was given; the call's own date when left empty. */
	consentDate?: string;
	consentJustification?: string;
}

/**
 * The consent a case opened from a call starts with. Without the family's consent (not asked,
 * or not said) the case can only be discussed without identifying anyone: it is anonymous
 * until consent is recorded on the case page. Never 'not-asked', which never leaves the draft
 * state (consultation-rules.ts).
 */
export function consentFromCall(consent: ConsentStatus | undefined): ConsentStatus {
	return consent === undefined || consent === 'not-asked' ? 'anonymous' : consent;
}

/**
 * A call turned into a consultation: themes, municipality, urgency, consent and the summary
 * (as the question) come from the call. The coordinator receives it at once ('submitted'), at
 * the first stage, heräte: it is on the board for every coordinator of the county. What the
 * call did not settle (how and when consent was given, the reason to go ahead without it, the
 * question) the case page names and asks for (`caseGaps`).
 */
export function consultationFromCall(
	contactId: string,
	contact: ContactFields,
	facts: ConsultationFacts
): ConsultationFields {
	const consent = consentFromCall(contact.consent);
	const given = consent === 'given';
	const fields: ConsultationFields = {
		...emptyConsultation({
			createdAt: facts.now,
			createdBy: contact.createdBy,
			countyId: contact.countyId
		}),
		status: 'submitted',
		stage: 'trigger',
		urgency: contact.urgency ?? 'normal',
		requesterOrganisation: sourceTypes.label(contact.sourceType, facts.locale),
		consent,
		consentDate: given ? facts.consentDate || localDate(new Date(contact.occurredAt)) : null,
		consentMethod: given && facts.consentMethod ? facts.consentMethod : null,
		consentJustification:
			consent === 'best-interest' ? (facts.consentJustification ?? '').trim() : '',
		childAgeGroup: contact.ageGroup ?? null,
		municipalityId: contact.municipalityId ?? null,
		themes: [...contact.themes],
		servicesInvolved: [...(contact.servicesInvolved ?? [])],
		stuck: contact.stuck ?? '',
		question: contact.note.trim(),
		followUpDate: contact.followUpDate ?? null,
		sourceContactId: contactId,
		submittedAt: facts.now
	};
	// By construction; the server checks the same rule (record-kinds.ts).
	if (submissionProblems(fields, 'coordinator').length > 0) {
		throw new Error('a case opened from a call must have its consent decided');
	}
	return fields;
}

/** The case's first timeline entry: it entered the first stage, heräte. */
export function triggerStageEvent(
	consultationId: string,
	facts: { at: string; createdBy: string; countyId: string }
): ConsultationEventFields {
	return {
		consultationId,
		type: 'stage',
		text: '',
		// Stage changes are the progress the requester follows.
		forRequester: true,
		stage: 'trigger',
		consent: null,
		at: facts.at,
		createdBy: facts.createdBy,
		countyId: facts.countyId
	};
}

/**
 * The municipality typeahead's choices: the name in the UI's language (the other names also
 * match), the county as a hint; the coordinator's own county first, then the rest of its OT area.
 */
export function municipalityOptions(locale: Locale, homeCountyId?: string): TypeaheadOption[] {
	const homeArea = homeCountyId ? findCounty(homeCountyId)?.areaId : undefined;
	return municipalities.map((place) => ({
		value: place.id,
		label: place.name[locale],
		keys: [...new Set([place.name.fi, place.name.sv])].filter(
			(name) => name !== place.name[locale]
		),
		hint: countyName(place.countyId, locale),
		rank:
			place.countyId === homeCountyId
				? 0
				: homeArea && findCounty(place.countyId)?.areaId === homeArea
					? 1
					: 2
	}));
}

/** A contacts row as the desk reads it from the device (sensitive fields still encrypted). */
export interface CallRow {
	id: string;
	kind?: unknown;
	channel?: unknown;
	createdBy?: unknown;
	occurredAt?: unknown;
	followUp?: unknown;
	followUpDate?: unknown;
}

/** The user's calls of the local day `today`, most recent first. */
export function todaysCalls<R extends CallRow>(rows: readonly R[], today: string, userId: string) {
	return rows
		.filter(
			(row) =>
				row.channel === 'phone' &&
				row.createdBy === userId &&
				typeof row.occurredAt === 'string' &&
				localDate(new Date(row.occurredAt)) === today
		)
		.sort((a, b) => String(b.occurredAt).localeCompare(String(a.occurredAt)));
}

/** Open follow-ups due by `today`, the longest overdue first. */
export function followUpsDue<R extends CallRow>(rows: readonly R[], today: string) {
	return rows
		.filter(
			(row) =>
				row.followUp === true && typeof row.followUpDate === 'string' && row.followUpDate <= today
		)
		.sort((a, b) => String(a.followUpDate).localeCompare(String(b.followUpDate)));
}

function withoutUndefined<T extends object>(record: T): T {
	return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
