import { z } from 'zod';
import { expertRoles } from '../directory-codes';
import { expertiseAreas } from '../expertise';
import { CountyId } from './area-ids';
import { EntryMeta, LanguageCode, Phone, WebAddress } from './common';

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
	onDuty: z.boolean()
});
export type Expert = z.infer<typeof Expert>;
