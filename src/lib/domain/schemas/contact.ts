import { z } from 'zod';
import { sourceTypes } from '../source-types';
import { situationThemes } from '../themes';
import { contactChannels } from '../contact-channels';

/** A logged contact (yhteydenotto). The note is free text and so always encrypted on the device. */
export const Contact = z.object({
	id: z.uuid(),
	channel: z.enum(contactChannels.codes),
	sourceType: z.enum(sourceTypes.codes),
	themes: z.array(z.enum(situationThemes.codes)).max(situationThemes.codes.length),
	note: z.string().max(4000),
	followUp: z.boolean(),
	occurredAt: z.iso.datetime(),
	createdBy: z.string(),
	countyId: z.string()
});
export type Contact = z.infer<typeof Contact>;
