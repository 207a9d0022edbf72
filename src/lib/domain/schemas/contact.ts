import { z } from 'zod';
import { sourceTypes } from '../source-types';
import { situationThemes } from '../themes';
import { contactChannels } from '../contact-channels';
import {
	callerRoles,
	childAgeGroups,
	consentStatuses,
	contactActions,
	contactKinds,
	servicesInvolved,
	urgencies
} from '../record-codes';
import { CountyId, MunicipalityId } from './area-ids';

const codes = <T extends { codes: readonly [string, ...string[]] }>(taxonomy: T, max = 30) =>
	z.array(z.enum(taxonomy.codes)).max(max);

/**
 * A logged contact (yhteydenotto): the field worker's quick log and the coordinator's call
 * log. Free text (note = summary, stuck) is encrypted on the device. Fields added after the
 * first release are optional so older devices' records stay valid; absent means "not recorded".
 */
export const Contact = z.object({
	id: z.uuid(),
	kind: z.enum(contactKinds.codes).optional(),
	channel: z.enum(contactChannels.codes),
	sourceType: z.enum(sourceTypes.codes),
	callerRole: z.enum(callerRoles.codes).optional(),
	municipalityId: MunicipalityId.optional(),
	themes: codes(situationThemes),
	ageGroup: z.enum(childAgeGroups.codes).optional(),
	servicesInvolved: codes(servicesInvolved).optional(),
	urgency: z.enum(urgencies.codes).optional(),
	consent: z.enum(consentStatuses.codes).optional(),
	actions: codes(contactActions).optional(),
	/** The directory service the caller was referred to. */
	referredServiceId: z.uuid().optional(),
	/** The directory person called ("call and log"), and roughly how long it took. */
	personId: z.uuid().optional(),
	durationMinutes: z.int().min(0).max(600).optional(),
	note: z.string().max(4000),
	stuck: z.string().max(2000).optional(),
	followUp: z.boolean(),
	followUpDate: z.iso.date().optional(),
	followUpBy: z.string().max(200).optional(),
	/** The consultation this call was turned into. */
	consultationId: z.uuid().optional(),
	occurredAt: z.iso.datetime(),
	createdBy: z.string(),
	countyId: CountyId
});
export type Contact = z.infer<typeof Contact>;
