import { z } from 'zod';
import { EntryMeta, WebAddress } from './common';

export const organisationTypes = ['public', 'ngo', 'parish', 'private'] as const;

/** Who provides services or employs experts: a wellbeing services county, an NGO … */
export const Organisation = z.object({
	...EntryMeta,
	name: z.string().trim().min(1).max(200),
	type: z.enum(organisationTypes),
	countyId: z.string().optional(),
	website: WebAddress.optional(),
	email: z.email().optional()
});
export type Organisation = z.infer<typeof Organisation>;
