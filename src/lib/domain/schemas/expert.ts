import { z } from 'zod';
import { CountyId } from './area-ids';
import { expertiseAreas } from '../expertise';

/** A person in the expert bank (asiantuntijapankki). Contact details are work contacts. */
export const Expert = z.object({
	id: z.uuid(),
	name: z.string().trim().min(1).max(200),
	title: z.string().trim().min(1).max(200),
	organisation: z.string().trim().min(1).max(200),
	countyId: CountyId,
	expertise: z.array(z.enum(expertiseAreas.codes)).max(20),
	languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).max(20),
	phone: z
		.string()
		.regex(/^\+?[0-9 ]{6,20}$/)
		.optional(),
	email: z.email().optional(),
	availability: z.string().max(300).optional(),
	version: z.int().nonnegative(),
	updatedAt: z.iso.datetime()
});
export type Expert = z.infer<typeof Expert>;
