import { defineTaxonomy, type CodeOf } from './taxonomy';

/** How a contact happened. */
export const contactChannels = defineTaxonomy([
	{ code: 'phone', label: { fi: 'Puhelu', sv: 'Samtal', en: 'Phone' } },
	{ code: 'visit', label: { fi: 'Käynti', sv: 'Besök', en: 'Visit' } },
	{ code: 'meeting', label: { fi: 'Tapaaminen', sv: 'Möte', en: 'Meeting' } },
	{ code: 'video', label: { fi: 'Video', sv: 'Video', en: 'Video' } }
]);
export type ContactChannel = CodeOf<typeof contactChannels>;
