import { z } from 'zod';
import { consultationStages } from '../stages';
import { expertiseAreas } from '../expertise';
import { separationClientGroups, situationThemes } from '../themes';
import {
	childAgeGroups,
	consentMethods,
	consentStatuses,
	consultationEventTypes,
	helpKinds,
	highRiskSituations,
	requestStatuses,
	servicesInvolved,
	stuckReasons,
	urgencies
} from '../record-codes';
import { CountyId, MunicipalityId } from './area-ids';

const codes = <T extends { codes: readonly [string, ...string[]] }>(taxonomy: T, max = 30) =>
	z.array(z.enum(taxonomy.codes)).max(max);
const ids = z.array(z.uuid()).max(30);
const text = (max: number) => z.string().max(max);

/**
 * What the expert group or an expert gave on a case (DOMAIN.md: a recommendation, a statement,
 * help thinking it through, a joint client meeting, the mobile pair's support in the field),
 * coded with the kinds of help a request asks for, so asked and given compare. `giverId` is
 * the directory entry (an expert or a group) it came from; `recordedBy` the user who wrote it.
 */
export const ConsultationOutput = z.object({
	id: z.uuid(),
	kind: z.enum(helpKinds.codes),
	text: z.string().trim().min(1).max(1000),
	giverId: z.uuid().nullable(),
	at: z.iso.datetime(),
	recordedBy: z.string().max(100)
});
export type ConsultationOutput = z.infer<typeof ConsultationOutput>;

/** The mark that a case is prepared for its group's meeting: when, and by which user. */
export const ReadyForGroup = z.object({ at: z.iso.datetime(), by: z.string().max(100) });
export type ReadyForGroup = z.infer<typeof ReadyForGroup>;

/**
 * A consultation request (konsultaatiopyyntö) and the case it becomes. The child appears only
 * as an age group and a municipality: there is no field for a name or an identity code.
 * Free text is encrypted on the device (sensitive-fields.ts).
 */
export const Consultation = z.object({
	id: z.uuid(),
	status: z.enum(requestStatuses.codes),
	stage: z.enum(consultationStages.codes).nullable(),
	urgency: z.enum(urgencies.codes),
	highRisk: codes(highRiskSituations),
	requesterName: text(200),
	requesterPhone: text(40),
	requesterOrganisation: text(200),
	consent: z.enum(consentStatuses.codes),
	consentDate: z.iso.date().nullable(),
	consentMethod: z.enum(consentMethods.codes).nullable(),
	consentJustification: text(2000),
	childAgeGroup: z.enum(childAgeGroups.codes).nullable(),
	municipalityId: MunicipalityId.nullable(),
	themes: codes(situationThemes),
	clientGroups: codes(separationClientGroups),
	servicesInvolved: codes(servicesInvolved),
	stuck: text(4000),
	/**
	 * Why it is stuck, coded, for statistics (the text above says more). Optional: requests
	 * made before it existed, and by devices not yet updated, have none.
	 */
	stuckReasons: codes(stuckReasons).optional(),
	question: text(4000),
	background: text(8000),
	helpWanted: codes(helpKinds),
	preferredExpertise: codes(expertiseAreas),
	preferredExpertIds: ids,
	preferredGroupIds: ids,
	/** Set by the coordinator. */
	assigneeIds: ids,
	groupId: z.uuid().nullable(),
	handlingDate: z.iso.date().nullable(),
	followUpDate: z.iso.date().nullable(),
	plan: text(8000),
	outcome: text(8000),
	/**
	 * The answers given, merged item by item (sync/list-merge.ts). Optional: cases stored
	 * before it existed have none.
	 */
	outputs: z.array(ConsultationOutput).max(50).optional(),
	/**
	 * Prepared for the group's meeting (issue 16: the mobile pair completes the background and
	 * marks it): when and by which user, or null. Optional: cases stored before it have none.
	 */
	readyForGroup: ReadyForGroup.nullable().optional(),
	feedbackRating: z.int().min(1).max(5).nullable(),
	feedbackComment: text(4000),
	sourceContactId: z.uuid().nullable(),
	submittedAt: z.iso.datetime().nullable(),
	closedAt: z.iso.datetime().nullable(),
	createdAt: z.iso.datetime(),
	createdBy: z.string(),
	countyId: CountyId
});
export type Consultation = z.infer<typeof Consultation>;
/** A consultation's fields without its id, as a device writes them. */
export type ConsultationFields = Omit<Consultation, 'id'>;

/**
 * A consultation nobody has filled in yet: a draft with every field empty. Whoever starts one
 * (the stepper, a call opened as a case, the demo data) spreads this and sets what it knows.
 */
export function emptyConsultation(
	origin: Pick<Consultation, 'createdAt' | 'createdBy' | 'countyId'>
): ConsultationFields {
	return {
		status: 'draft',
		stage: null,
		urgency: 'normal',
		highRisk: [],
		requesterName: '',
		requesterPhone: '',
		requesterOrganisation: '',
		consent: 'not-asked',
		consentDate: null,
		consentMethod: null,
		consentJustification: '',
		childAgeGroup: null,
		municipalityId: null,
		themes: [],
		clientGroups: [],
		servicesInvolved: [],
		stuck: '',
		stuckReasons: [],
		question: '',
		background: '',
		helpWanted: [],
		preferredExpertise: [],
		preferredExpertIds: [],
		preferredGroupIds: [],
		assigneeIds: [],
		groupId: null,
		handlingDate: null,
		followUpDate: null,
		plan: '',
		outcome: '',
		outputs: [],
		readyForGroup: null,
		feedbackRating: null,
		feedbackComment: '',
		sourceContactId: null,
		submittedAt: null,
		closedAt: null,
		...origin
	};
}

/**
 * An entry on a consultation's timeline: notes, consent decisions, stage changes, feedback.
 * Append-only (DESIGN.md): written once, never changed, so it can never conflict.
 */
export const ConsultationEvent = z.object({
	id: z.uuid(),
	consultationId: z.uuid(),
	type: z.enum(consultationEventTypes.codes),
	text: text(4000),
	/** Whether the requester sees it (notes back to the requester) or only the coordinators. */
	forRequester: z.boolean(),
	stage: z.enum(consultationStages.codes).nullable(),
	consent: z.enum(consentStatuses.codes).nullable(),
	at: z.iso.datetime(),
	createdBy: z.string(),
	countyId: CountyId
});
export type ConsultationEvent = z.infer<typeof ConsultationEvent>;
