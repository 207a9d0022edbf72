import { z } from 'zod';
import { expertRoles } from '../directory-codes';
import { expertiseAreas } from '../expertise';
import { CountyId } from './area-ids';
import { EntryMeta, LanguageCode, Phone, WebAddress } from './common';

const Time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);
/** The end of a slot may be midnight, '24:00'. */
const EndTime = z.union([Time, z.literal('24:00')]);

export const DutySlotSchema = z
	.strictObject({ weekday: z.int().min(1).max(7), start: Time, end: EndTime })
	.refine((slot) => slot.start < slot.end, {
		message: 'a slot ends after it starts',
		path: ['end']
	});

/** A person in the expert bank (asiantuntijapankki). Contact details are work contacts. */
export const Expert = z.object({
	...EntryMeta,
	name: z.string().trim().min(1).max(200),
	title: z.string().trim().min(1).max(200),
	organisation: z.string().trim().min(1).max(200),
	organisationId: z.uuid().optional(),
	countyId: CountyId,
	roles: z.array(z.enum(expertRoles.codes)).max(5),
	expertise: z.array(z.enum(expertiseAreas.codes)).max(20),
	languages: z.array(LanguageCode).max(20),
	phone: Phone.optional(),
	email: z.email().optional(),
	secureMessage: z.string().max(200).optional(),
	videoLink: WebAddress.optional(),
	availability: z.string().max(300).optional(),
	/** The weekly duty slots of an OT coordinator: together the county's duty rota (duty.ts). */
	duty: z.array(DutySlotSchema).max(21).default([])
});
export type Expert = z.infer<typeof Expert>;
