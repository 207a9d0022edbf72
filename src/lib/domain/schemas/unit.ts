import { z } from 'zod';
import { CountyId } from './area-ids';
import { EntryMeta, LocalizedText, Phone } from './common';

/** A fixed unit for demanding work (kivijalkayksikkö), e.g. a children's forensic psychiatry unit. */
export const Unit = z.object({
	...EntryMeta,
	name: z.string().trim().min(1).max(200),
	organisationId: z.uuid(),
	countyId: CountyId,
	description: LocalizedText(2000),
	phone: Phone.optional(),
	address: z.string().max(300).optional()
});
export type Unit = z.infer<typeof Unit>;
