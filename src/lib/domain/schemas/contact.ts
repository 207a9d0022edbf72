import { z } from 'zod';
import { sourceTypes } from '../source-types';
import { situationThemes } from '../themes';
import { defineTaxonomy, type CodeOf } from '../taxonomy';

export const contactChannels = defineTaxonomy([
	{ code: 'phone', label: { fi: 'Puhelu', sv: 'Samtal', en: 'Phone' } },
	{ code: 'visit', label: { fi: 'Käynti', sv: 'Besök', en: 'Visit' } },
	{ code: 'meeting', label: { fi: 'Tapaaminen', sv: 'Möte', en: 'Meeting' } },
	{ code: 'video', label: { fi: 'Video', sv: 'Video', en: 'Video' } }
]);
export type ContactChannel = CodeOf<typeof contactChannels>;

/** A logged contact (yhteydenotto). The note is free text and so always encrypted on the device. */
export const Contact = z.object({
	id: z.uuid(),
	channel: contactChannels.schema,
	sourceType: sourceTypes.schema,
	themes: z.array(situationThemes.schema).max(situationThemes.codes.length),
	note: z.string().max(4000),
	followUp: z.boolean(),
	occurredAt: z.iso.datetime(),
	createdBy: z.string(),
	countyId: z.string()
});
export type Contact = z.infer<typeof Contact>;
