import { submissionProblems } from '../consultation-rules';
import type { ContactFields } from '../contact-fields';
import { localDateOf } from '../local-date';
import type { Locale } from '../locale';
import type { ConsentMethod, ConsentStatus } from '../record-codes';
import {
	emptyConsultation,
	type ConsultationEvent,
	type ConsultationFields
} from '../schemas/consultation';
import { sourceTypes } from '../source-types';

export type ConsultationEventFields = Omit<ConsultationEvent, 'id'>;

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
 * question) the case page names and asks for (`consultationGaps`).
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
		consentDate: given ? facts.consentDate || localDateOf(contact.occurredAt) : null,
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
